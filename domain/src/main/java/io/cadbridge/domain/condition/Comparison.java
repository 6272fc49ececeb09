package io.cadbridge.domain.condition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Python equality, ordering, identity and membership. */
final class Comparison {

    private Comparison() {}

    static boolean compare(CompareOperator operator, Object left, Object right, Evaluation evaluation) {
        return switch (operator) {
            case EQUAL -> equal(left, right);
            case NOT_EQUAL -> !equal(left, right);
            case IS -> identical(left, right);
            case IS_NOT -> !identical(left, right);
            case IN -> Membership.contains(right, left, evaluation);
            case NOT_IN -> !Membership.contains(right, left, evaluation);
            default -> ordered(operator, left, right);
        };
    }

    /** {@code is}: None, True and False are singletons; other values compare by Java identity. */
    private static boolean identical(Object left, Object right) {
        if (left instanceof Boolean a && right instanceof Boolean b) {
            return a.equals(b);
        }
        return left == right;
    }

    private static boolean ordered(CompareOperator operator, Object left, Object right) {
        if (isNaN(left) || isNaN(right)) {
            if (Types.isNumber(left) && Types.isNumber(right)) {
                return false;
            }
        }
        int order = order(left, right, operator.symbol());
        return switch (operator) {
            case LESS -> order < 0;
            case LESS_OR_EQUAL -> order <= 0;
            case GREATER -> order > 0;
            default -> order >= 0;
        };
    }

    private static boolean isNaN(Object value) {
        return value instanceof Double number && number.isNaN();
    }

    static boolean equal(Object left, Object right) {
        if (Types.isNumber(left) && Types.isNumber(right)) {
            return !isNaN(left) && !isNaN(right) && numericOrder(left, right) == 0;
        }
        return switch (left) {
            case PyList a when right instanceof PyList b -> equalElements(a.elements(), b.elements());
            case PyTuple a when right instanceof PyTuple b -> equalElements(a.elements(), b.elements());
            case PyDict a when right instanceof PyDict b -> equalDicts(a, b);
            case PyDatetime a
            when right instanceof PyDatetime b -> a.aware() == b.aware() && DatetimeComparison.order(a, b) == 0;
            case PyRange a
            when right instanceof PyRange b ->
                a.length() == b.length()
                        && (a.length() == 0 || a.start() == b.start() && (a.length() == 1 || a.step() == b.step()));
            default -> left == right || left.equals(right) && left.getClass() == right.getClass();
        };
    }

    private static boolean equalElements(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalDicts(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<Object, Object> entry : a.entries()) {
            Object other = b.get(entry.getKey());
            if (other == null || !equal(entry.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    /** The order of two values, or a {@code TypeError} when Python cannot order them. */
    static int order(Object left, Object right, String symbol) {
        if (Types.isNumber(left) && Types.isNumber(right)) {
            return numericOrder(left, right);
        }
        return switch (left) {
            case String a when right instanceof String b -> PyStrings.compare(a, b);
            case PyList a when right instanceof PyList b -> orderElements(a.elements(), b.elements(), symbol);
            case PyTuple a when right instanceof PyTuple b -> orderElements(a.elements(), b.elements(), symbol);
            case PyDatetime a
            when right instanceof PyDatetime b -> {
                if (a.aware() != b.aware()) {
                    throw PythonError.typeError("can't compare offset-naive and offset-aware datetimes");
                }
                yield DatetimeComparison.order(a, b);
            }
            case PyTimedelta a when right instanceof PyTimedelta b -> Long.compare(a.microseconds(), b.microseconds());
            default ->
                throw PythonError.typeError("'" + symbol + "' not supported between instances of '" + Types.name(left)
                        + "' and '" + Types.name(right) + "'");
        };
    }

    private static int orderElements(List<Object> a, List<Object> b, String symbol) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return order(a.get(i), b.get(i), symbol);
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int numericOrder(Object left, Object right) {
        if (Types.isInteger(left) && Types.isInteger(right)) {
            return Types.integer(left).compareTo(Types.integer(right));
        }
        if (left instanceof Double a && right instanceof Double b) {
            return a < b ? -1 : a > b ? 1 : 0;
        }
        return left instanceof Double a
                ? mixedOrder(a, Types.integer(right))
                : -mixedOrder((Double) right, Types.integer(left));
    }

    /** Exact comparison of a float with an int, like CPython (no rounding of the int). */
    private static int mixedOrder(double number, BigInteger integer) {
        if (Double.isInfinite(number)) {
            return number > 0 ? 1 : -1;
        }
        return new BigDecimal(number).compareTo(new BigDecimal(integer));
    }
}
