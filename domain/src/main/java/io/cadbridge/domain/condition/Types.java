package io.cadbridge.domain.condition;

import java.math.BigInteger;

/** Python type names, truthiness and numeric coercions. */
final class Types {

    private Types() {}

    static String name(Object value) {
        return switch (value) {
            case PyNone ignored -> "NoneType";
            case Boolean ignored -> "bool";
            case BigInteger ignored -> "int";
            case Double ignored -> "float";
            case String ignored -> "str";
            case PyList ignored -> "list";
            case PyTuple ignored -> "tuple";
            case PyDict ignored -> "dict";
            case PySet ignored -> "set";
            case PyRange ignored -> "range";
            case PyDatetime ignored -> "datetime.datetime";
            case PyTimedelta ignored -> "datetime.timedelta";
            case PyTimezone ignored -> "datetime.timezone";
            case PyMatch ignored -> "re.Match";
            case PyModule ignored -> "module";
            case PyGenerator ignored -> "generator";
            case PyType ignored -> "type";
            case BuiltinFunction ignored -> "builtin_function_or_method";
            case BoundMethod ignored -> "builtin_function_or_method";
            case NativeObject object -> object.typeName();
            default -> value.getClass().getSimpleName();
        };
    }

    static boolean truthy(Object value) {
        return switch (value) {
            case PyNone ignored -> false;
            case Boolean bool -> bool;
            case BigInteger number -> number.signum() != 0;
            case Double number -> number != 0.0;
            case String text -> !text.isEmpty();
            case PyList list -> !list.elements().isEmpty();
            case PyTuple tuple -> !tuple.elements().isEmpty();
            case PyDict dict -> dict.size() > 0;
            case PySet set -> set.size() > 0;
            case PyRange range -> range.length() > 0;
            case PyTimedelta delta -> delta.microseconds() != 0;
            default -> true;
        };
    }

    /** An int in Python's sense: {@code int} or {@code bool}. */
    static boolean isInteger(Object value) {
        return value instanceof BigInteger || value instanceof Boolean;
    }

    static boolean isNumber(Object value) {
        return isInteger(value) || value instanceof Double;
    }

    static BigInteger integer(Object value) {
        return switch (value) {
            case Boolean bool -> bool ? BigInteger.ONE : BigInteger.ZERO;
            case BigInteger number -> number;
            default -> throw PythonError.typeError("'" + name(value) + "' object cannot be interpreted as an integer");
        };
    }

    /** An int argument that must fit a Java long (indexes, counts, ranges). */
    static long smallInteger(Object value) {
        BigInteger number = integer(value);
        if (number.bitLength() > 62) {
            throw PythonError.overflow("Python int too large to convert to C ssize_t");
        }
        return number.longValue();
    }

    static double toDouble(Object value) {
        return switch (value) {
            case Double number -> number;
            case Boolean bool -> bool ? 1.0 : 0.0;
            case BigInteger number -> {
                double converted = number.doubleValue();
                if (Double.isInfinite(converted)) {
                    throw PythonError.overflow("int too large to convert to float");
                }
                yield converted;
            }
            default -> throw PythonError.typeError("must be real number, not " + name(value));
        };
    }

    static String string(Object value, String context) {
        if (value instanceof String text) {
            return text;
        }
        throw PythonError.typeError(context + "must be str, not " + name(value));
    }
}
