package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The built-in types: callable conversions and {@code isinstance} targets. */
final class BuiltinTypes {

    static final PyType INT = type(
            Signature.of("int", 0, "x", "base").byName(),
            (self, arguments, evaluation) -> arguments.has(0)
                    ? Conversions.toInt(arguments.get(0), arguments.get(1, null), evaluation)
                    : BigInteger.ZERO,
            Types::isInteger);
    static final PyType FLOAT = type(
            Signature.of("float", 0, "x"),
            (self, arguments, evaluation) -> arguments.has(0) ? Conversions.toFloat(arguments.get(0)) : 0.0,
            Double.class::isInstance);
    static final PyType STR = new PyType(
            "str",
            Signature.of("str", 0, "object"),
            (self, arguments, evaluation) -> arguments.has(0) ? Repr.str(arguments.get(0), evaluation) : "",
            UnboundMethods.of("str", String.class, StrMethods.MEMBERS),
            String.class::isInstance);
    static final PyType BOOL = type(
            Signature.of("bool", 0, "x"),
            (self, arguments, evaluation) -> arguments.has(0) && Types.truthy(arguments.get(0)),
            Boolean.class::isInstance);
    static final PyType LIST = type(
            Signature.of("list", 0, "iterable"),
            (self, arguments, evaluation) -> new PyList(elements(arguments, evaluation)),
            PyList.class::isInstance);
    static final PyType TUPLE = type(
            Signature.of("tuple", 0, "iterable"),
            (self, arguments, evaluation) -> new PyTuple(elements(arguments, evaluation)),
            PyTuple.class::isInstance);
    static final PyType SET = type(
            Signature.of("set", 0, "iterable"),
            (self, arguments, evaluation) -> PySet.of(elements(arguments, evaluation)),
            PySet.class::isInstance);
    static final PyType DICT = type(
            Signature.of("dict", 0, "iterable").withOptions(Signature.ANY_KEYWORD),
            BuiltinTypes::dict,
            PyDict.class::isInstance);
    static final PyType RANGE =
            type(Signature.of("range", 1, "start", "stop", "step"), BuiltinTypes::range, PyRange.class::isInstance);
    static final PyType NONE_TYPE =
            new PyType("NoneType", Signature.of("NoneType", 0), null, Map.of(), PyNone.class::isInstance);

    private BuiltinTypes() {}

    private static PyType type(Signature signature, NativeBody constructor, Predicate<Object> isInstance) {
        return new PyType(signature.name(), signature, constructor, Map.of(), isInstance);
    }

    private static List<Object> elements(Arguments arguments, Evaluation evaluation) {
        return arguments.has(0) ? Iteration.toList(arguments.get(0), evaluation) : List.of();
    }

    private static Object dict(Object self, Arguments arguments, Evaluation evaluation) {
        List<Object> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (arguments.get(0, PyNone.NONE) instanceof PyDict source) {
            keys.addAll(source.keys());
            values.addAll(source.values());
        } else if (arguments.has(0)) {
            List<Object> pairs = Iteration.toList(arguments.get(0), evaluation);
            for (int i = 0; i < pairs.size(); i++) {
                List<Object> pair = pair(pairs.get(i), i);
                keys.add(pair.get(0));
                values.add(pair.get(1));
            }
        }
        arguments.keywords().forEach((name, value) -> {
            keys.add(name);
            values.add(value);
        });
        return PyDict.of(keys, values);
    }

    private static List<Object> pair(Object element, int index) {
        List<Object> pair = switch (element) {
            case PyTuple tuple -> tuple.elements();
            case PyList list -> list.elements();
            case String text when PyStrings.length(text) == 2 -> List.of(PyStrings.at(text, 0), PyStrings.at(text, 1));
            case String text -> List.of(text);
            default ->
                throw PythonError.typeError(
                        "cannot convert dictionary update sequence element #" + index + " to a sequence");
        };
        if (pair.size() != 2) {
            throw PythonError.valueError(
                    "dictionary update sequence element #" + index + " has length " + pair.size() + "; 2 is required");
        }
        return pair;
    }

    private static Object range(Object self, Arguments arguments, Evaluation evaluation) {
        long start = arguments.has(1) ? rangeArgument(arguments.get(0)) : 0;
        long stop = rangeArgument(arguments.get(arguments.has(1) ? 1 : 0));
        long step = arguments.has(2) ? rangeArgument(arguments.get(2)) : 1;
        if (step == 0) {
            throw PythonError.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    private static long rangeArgument(Object value) {
        long number = Types.smallInteger(value);
        if (Math.abs(number) > PyRange.LIMIT) {
            throw PythonError.overflow("range() arguments are limited to 2**62 in conditions");
        }
        return number;
    }

    /** The type of a value, for {@code type(x)}. */
    static PyType of(Object value) {
        for (PyType type : List.of(
                BOOL,
                INT,
                FLOAT,
                STR,
                LIST,
                TUPLE,
                DICT,
                SET,
                RANGE,
                NONE_TYPE,
                DatetimeModule.DATETIME,
                DatetimeModule.TIMEDELTA,
                DatetimeModule.TIMEZONE)) {
            if (type.isInstance().test(value) && (type != INT || !(value instanceof Boolean))) {
                return type;
            }
        }
        return new PyType(
                Types.name(value),
                Signature.of(Types.name(value), 0),
                null,
                Map.of(),
                candidate -> Types.name(candidate).equals(Types.name(value)));
    }
}
