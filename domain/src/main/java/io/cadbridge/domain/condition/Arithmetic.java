package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Binary and unary operators over all value types, with Python's error messages. */
final class Arithmetic {

    private Arithmetic() {}

    static Object binary(BinaryOperator operator, Object left, Object right, Evaluation evaluation) {
        if (Types.isNumber(left) && Types.isNumber(right)) {
            return numeric(operator, left, right, evaluation);
        }
        if (left instanceof PyDatetime || left instanceof PyTimedelta || right instanceof PyTimedelta) {
            return DatetimeArithmetic.binary(operator, left, right);
        }
        return switch (operator) {
            case ADD -> concatenate(left, right, evaluation);
            case MULTIPLY -> Types.isInteger(left) ? repeat(right, left, evaluation) : repeat(left, right, evaluation);
            case MODULO -> {
                if (left instanceof String) {
                    throw PythonError.typeError("printf-style formatting with % is not supported in conditions");
                }
                throw unsupported(operator, left, right);
            }
            default -> throw unsupported(operator, left, right);
        };
    }

    private static Object numeric(BinaryOperator operator, Object left, Object right, Evaluation evaluation) {
        if (left instanceof Double || right instanceof Double) {
            return FloatArithmetic.apply(operator, Types.toDouble(left), Types.toDouble(right), left, right);
        }
        boolean logical = operator == BinaryOperator.BIT_AND
                || operator == BinaryOperator.BIT_OR
                || operator == BinaryOperator.BIT_XOR;
        if (logical && left instanceof Boolean a && right instanceof Boolean b) {
            return switch (operator) {
                case BIT_AND -> a & b;
                case BIT_OR -> a | b;
                default -> a ^ b;
            };
        }
        return IntegerArithmetic.apply(operator, Types.integer(left), Types.integer(right), evaluation);
    }

    private static Object concatenate(Object left, Object right, Evaluation evaluation) {
        switch (left) {
            case String a
            when right instanceof String b -> {
                evaluation.checkStringLength((long) a.length() + b.length());
                return a + b;
            }
            case PyList a
            when right instanceof PyList b -> {
                return new PyList(joined(a.elements(), b.elements(), evaluation));
            }
            case PyTuple a
            when right instanceof PyTuple b -> {
                return new PyTuple(joined(a.elements(), b.elements(), evaluation));
            }
            case String ignored -> throw cannotConcatenate("str", right);
            case PyList ignored -> throw cannotConcatenate("list", right);
            case PyTuple ignored -> throw cannotConcatenate("tuple", right);
            default -> throw unsupported(BinaryOperator.ADD, left, right);
        }
    }

    private static List<Object> joined(List<Object> first, List<Object> second, Evaluation evaluation) {
        evaluation.checkCollectionSize((long) first.size() + second.size());
        List<Object> elements = new ArrayList<>(first);
        elements.addAll(second);
        return elements;
    }

    private static PythonError cannotConcatenate(String type, Object right) {
        return PythonError.typeError(
                "can only concatenate " + type + " (not \"" + Types.name(right) + "\") to " + type);
    }

    private static Object repeat(Object sequence, Object times, Evaluation evaluation) {
        boolean isSequence = sequence instanceof String || sequence instanceof PyList || sequence instanceof PyTuple;
        if (!isSequence) {
            throw unsupported(BinaryOperator.MULTIPLY, sequence, times);
        }
        if (!Types.isInteger(times)) {
            throw PythonError.typeError("can't multiply sequence by non-int of type '" + Types.name(times) + "'");
        }
        BigInteger count = Types.integer(times).max(BigInteger.ZERO);
        return switch (sequence) {
            case String text -> {
                evaluation.checkStringLength(size(text.length(), count));
                yield text.isEmpty() ? "" : text.repeat(count.intValue());
            }
            case PyList list -> new PyList(repeated(list.elements(), count, evaluation));
            default -> new PyTuple(repeated(((PyTuple) sequence).elements(), count, evaluation));
        };
    }

    private static long size(int length, BigInteger count) {
        return length == 0 ? 0 : count.bitLength() > 40 ? Long.MAX_VALUE : length * count.longValue();
    }

    private static List<Object> repeated(List<Object> elements, BigInteger count, Evaluation evaluation) {
        evaluation.checkCollectionSize(size(elements.size(), count));
        List<Object> result = new ArrayList<>();
        for (int i = 0; i < count.intValue() && !elements.isEmpty(); i++) {
            result.addAll(elements);
        }
        return result;
    }

    static PythonError unsupported(BinaryOperator operator, Object left, Object right) {
        return PythonError.typeError("unsupported operand type(s) for " + operator.symbol() + ": '" + Types.name(left)
                + "' and '" + Types.name(right) + "'");
    }

    static Object unary(UnaryOperator operator, Object operand) {
        return switch (operand) {
            case Double number
            when operator != UnaryOperator.INVERT -> operator == UnaryOperator.NEGATE ? -number : number;
            case PyTimedelta delta
            when operator != UnaryOperator.INVERT ->
                operator == UnaryOperator.NEGATE ? DatetimeArithmetic.negate(delta) : delta;
            default -> {
                if (!Types.isInteger(operand)) {
                    throw PythonError.typeError(
                            "bad operand type for unary " + operator.symbol() + ": '" + Types.name(operand) + "'");
                }
                BigInteger number = Types.integer(operand);
                yield switch (operator) {
                    case NEGATE -> number.negate();
                    case PLUS -> number;
                    case INVERT -> number.not();
                };
            }
        };
    }
}
