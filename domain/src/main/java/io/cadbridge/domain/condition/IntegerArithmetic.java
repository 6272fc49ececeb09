package io.cadbridge.domain.condition;

import java.math.BigInteger;

/** Python int arithmetic on arbitrary-precision integers, bounded by the integer size limit. */
final class IntegerArithmetic {

    private IntegerArithmetic() {}

    static Object apply(BinaryOperator operator, BigInteger left, BigInteger right, Evaluation evaluation) {
        return switch (operator) {
            case ADD -> evaluation.checkInteger(left.add(right));
            case SUBTRACT -> evaluation.checkInteger(left.subtract(right));
            case MULTIPLY -> multiply(left, right, evaluation);
            case TRUE_DIVIDE -> trueDivide(left, right);
            case FLOOR_DIVIDE -> floorDivide(left, right, "integer division or modulo by zero");
            case MODULO -> modulo(left, right, "integer modulo by zero");
            case POWER -> power(left, right, evaluation);
            case LEFT_SHIFT -> leftShift(left, right, evaluation);
            case RIGHT_SHIFT -> rightShift(left, right);
            case BIT_AND -> left.and(right);
            case BIT_OR -> left.or(right);
            case BIT_XOR -> left.xor(right);
        };
    }

    private static BigInteger multiply(BigInteger left, BigInteger right, Evaluation evaluation) {
        if ((long) left.bitLength() + right.bitLength() > evaluation.limits().maxIntegerBits() + 1L) {
            throw evaluation.integerTooLarge();
        }
        return evaluation.checkInteger(left.multiply(right));
    }

    private static double trueDivide(BigInteger left, BigInteger right) {
        if (right.signum() == 0) {
            throw PythonError.zeroDivision("division by zero");
        }
        if (left.bitLength() <= 53 && right.bitLength() <= 53) {
            return left.doubleValue() / right.doubleValue();
        }
        double quotient = new java.math.BigDecimal(left)
                .divide(new java.math.BigDecimal(right), java.math.MathContext.DECIMAL128)
                .doubleValue();
        if (Double.isInfinite(quotient)) {
            throw PythonError.overflow("integer division result too large for a float");
        }
        return quotient;
    }

    static BigInteger floorDivide(BigInteger left, BigInteger right, String zeroMessage) {
        if (right.signum() == 0) {
            throw PythonError.zeroDivision(zeroMessage);
        }
        BigInteger[] quotientAndRemainder = left.divideAndRemainder(right);
        BigInteger quotient = quotientAndRemainder[0];
        if (quotientAndRemainder[1].signum() != 0 && quotientAndRemainder[1].signum() != right.signum()) {
            quotient = quotient.subtract(BigInteger.ONE);
        }
        return quotient;
    }

    static BigInteger modulo(BigInteger left, BigInteger right, String zeroMessage) {
        if (right.signum() == 0) {
            throw PythonError.zeroDivision(zeroMessage);
        }
        BigInteger remainder = left.remainder(right);
        return remainder.signum() != 0 && remainder.signum() != right.signum() ? remainder.add(right) : remainder;
    }

    private static Object power(BigInteger base, BigInteger exponent, Evaluation evaluation) {
        if (exponent.signum() < 0) {
            return FloatArithmetic.power(Types.toDouble(base), Types.toDouble(exponent));
        }
        if (base.signum() == 0 || base.equals(BigInteger.ONE)) {
            return exponent.signum() == 0 ? BigInteger.ONE : base;
        }
        if (base.equals(BigInteger.ONE.negate())) {
            return exponent.testBit(0) ? base : BigInteger.ONE;
        }
        long smallExponent = exponent.min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
        long minimumBits = (base.abs().bitLength() - 1L) * smallExponent;
        if (exponent.bitLength() > 31 || minimumBits >= evaluation.limits().maxIntegerBits()) {
            throw evaluation.integerTooLarge();
        }
        return evaluation.checkInteger(base.pow(exponent.intValue()));
    }

    private static BigInteger leftShift(BigInteger value, BigInteger count, Evaluation evaluation) {
        if (count.signum() < 0) {
            throw PythonError.valueError("negative shift count");
        }
        if (value.signum() == 0) {
            return value;
        }
        if (count.bitLength() > 31
                || value.bitLength() + count.longValue() > evaluation.limits().maxIntegerBits()) {
            throw evaluation.integerTooLarge();
        }
        return value.shiftLeft(count.intValue());
    }

    private static BigInteger rightShift(BigInteger value, BigInteger count) {
        if (count.signum() < 0) {
            throw PythonError.valueError("negative shift count");
        }
        if (count.bitLength() > 31) {
            return value.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        }
        return value.shiftRight(count.intValue());
    }
}
