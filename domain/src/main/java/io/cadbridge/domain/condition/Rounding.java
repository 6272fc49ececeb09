package io.cadbridge.domain.condition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** {@code round()}: halves go to the even neighbour, on the float's exact binary value, as in Python. */
final class Rounding {

    private Rounding() {}

    static Object round(Object number, Object digits, Evaluation evaluation) {
        if (number instanceof Double value) {
            return digits == PyNone.NONE ? roundToInteger(value, evaluation) : roundFloat(value, digits);
        }
        if (!Types.isInteger(number)) {
            throw PythonError.typeError("type " + Types.name(number) + " doesn't define __round__ method");
        }
        BigInteger integer = Types.integer(number);
        if (digits == PyNone.NONE || Types.integer(digits).signum() >= 0) {
            return integer;
        }
        long places = Types.smallInteger(digits);
        if (-places > integer.toString().length() + 1) {
            return BigInteger.ZERO;
        }
        return new BigDecimal(integer)
                .setScale((int) places, RoundingMode.HALF_EVEN)
                .toBigInteger();
    }

    private static BigInteger roundToInteger(double value, Evaluation evaluation) {
        if (Double.isNaN(value)) {
            throw PythonError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(value)) {
            throw PythonError.overflow("cannot convert float infinity to integer");
        }
        return evaluation.checkInteger(
                new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
    }

    private static double roundFloat(double value, Object digits) {
        long places = Math.max(-400, Math.min(400, Types.smallInteger(digits)));
        if (!Double.isFinite(value) || value == 0) {
            return value;
        }
        double rounded = new BigDecimal(value)
                .setScale((int) places, RoundingMode.HALF_EVEN)
                .doubleValue();
        return rounded == 0 ? Math.copySign(0.0, value) : rounded;
    }
}
