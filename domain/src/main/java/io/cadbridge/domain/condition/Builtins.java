package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in functions and types a condition may use, by name. */
final class Builtins {

    static final Map<String, Object> ALL = all();

    private Builtins() {}

    private static Map<String, Object> all() {
        Map<String, Object> builtins = new LinkedHashMap<>();
        for (PyType type : List.of(
                BuiltinTypes.INT,
                BuiltinTypes.FLOAT,
                BuiltinTypes.STR,
                BuiltinTypes.BOOL,
                BuiltinTypes.LIST,
                BuiltinTypes.TUPLE,
                BuiltinTypes.DICT,
                BuiltinTypes.SET,
                BuiltinTypes.RANGE)) {
            builtins.put(type.name(), type);
        }
        function(builtins, Signature.exactly("len", "obj"), (self, arguments, evaluation) -> length(arguments.get(0)));
        function(builtins, Signature.exactly("abs", "x"), (self, arguments, evaluation) -> absolute(arguments.get(0)));
        function(
                builtins,
                Signature.exactly("repr", "obj"),
                (self, arguments, evaluation) -> Repr.repr(arguments.get(0), evaluation));
        function(
                builtins,
                Signature.exactly("isinstance", "obj", "class_or_tuple"),
                (self, arguments, evaluation) -> isInstance(arguments.get(0), arguments.get(1)));
        function(
                builtins,
                Signature.exactly("type", "object"),
                (self, arguments, evaluation) -> BuiltinTypes.of(arguments.get(0)));
        function(
                builtins,
                Signature.of("round", 1, "number", "ndigits").byName(),
                (self, arguments, evaluation) ->
                        Rounding.round(arguments.get(0), arguments.get(1, PyNone.NONE), evaluation));
        function(builtins, Signature.exactly("ord", "c"), (self, arguments, evaluation) -> ord(arguments.get(0)));
        function(builtins, Signature.exactly("chr", "i"), (self, arguments, evaluation) -> chr(arguments.get(0)));
        function(
                builtins,
                Signature.exactly("divmod", "x", "y"),
                (self, arguments, evaluation) -> PyTuple.of(
                        Arithmetic.binary(BinaryOperator.FLOOR_DIVIDE, arguments.get(0), arguments.get(1), evaluation),
                        Arithmetic.binary(BinaryOperator.MODULO, arguments.get(0), arguments.get(1), evaluation)));
        IterableFunctions.register(builtins);
        return Map.copyOf(builtins);
    }

    static void function(Map<String, Object> target, Signature signature, NativeBody body) {
        target.put(
                signature.name().substring(signature.name().lastIndexOf('.') + 1),
                new BuiltinFunction(signature, body));
    }

    private static BigInteger length(Object value) {
        long length = switch (value) {
            case String text -> PyStrings.length(text);
            case PyList list -> list.elements().size();
            case PyTuple tuple -> tuple.elements().size();
            case PyDict dict -> dict.size();
            case PySet set -> set.size();
            case PyRange range -> range.length();
            default -> throw PythonError.typeError("object of type '" + Types.name(value) + "' has no len()");
        };
        return BigInteger.valueOf(length);
    }

    private static Object absolute(Object value) {
        return switch (value) {
            case Double number -> Math.abs(number);
            case PyTimedelta delta -> delta.microseconds() < 0 ? DatetimeArithmetic.negate(delta) : delta;
            default -> {
                if (!Types.isInteger(value)) {
                    throw PythonError.typeError("bad operand type for abs(): '" + Types.name(value) + "'");
                }
                yield Types.integer(value).abs();
            }
        };
    }

    private static boolean isInstance(Object value, Object types) {
        if (types instanceof PyType type) {
            return type.isInstance().test(value);
        }
        if (types instanceof PyTuple tuple) {
            return tuple.elements().stream().anyMatch(type -> isInstance(value, type));
        }
        throw PythonError.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static BigInteger ord(Object value) {
        if (!(value instanceof String text)) {
            throw PythonError.typeError("ord() expected string of length 1, but " + Types.name(value) + " found");
        }
        int length = PyStrings.length(text);
        if (length != 1) {
            throw PythonError.typeError("ord() expected a character, but string of length " + length + " found");
        }
        return BigInteger.valueOf(text.codePointAt(0));
    }

    private static String chr(Object value) {
        BigInteger codePoint = Types.integer(value);
        if (codePoint.signum() < 0 || codePoint.compareTo(BigInteger.valueOf(Character.MAX_CODE_POINT)) > 0) {
            throw PythonError.valueError("chr() arg not in range(0x110000)");
        }
        return new String(Character.toChars(codePoint.intValue()));
    }
}
