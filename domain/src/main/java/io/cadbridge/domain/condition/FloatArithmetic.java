package io.cadbridge.domain.condition;

/** Python float arithmetic (IEEE doubles), including CPython's floor division and modulo. */
final class FloatArithmetic {

    private FloatArithmetic() {}

    static Object apply(BinaryOperator operator, double left, double right, Object leftValue, Object rightValue) {
        return switch (operator) {
            case ADD -> left + right;
            case SUBTRACT -> left - right;
            case MULTIPLY -> left * right;
            case TRUE_DIVIDE -> {
                if (right == 0) {
                    throw PythonError.zeroDivision("float division by zero");
                }
                yield left / right;
            }
            case FLOOR_DIVIDE -> divmod(left, right, "float floor division by zero")[0];
            case MODULO -> divmod(left, right, "float modulo")[1];
            case POWER -> power(left, right);
            default ->
                throw PythonError.typeError("unsupported operand type(s) for " + operator.symbol() + ": '"
                        + Types.name(leftValue) + "' and '" + Types.name(rightValue) + "'");
        };
    }

    /** CPython's {@code float_divmod}: the remainder takes the divisor's sign. */
    static double[] divmod(double left, double right, String zeroMessage) {
        if (right == 0) {
            throw PythonError.zeroDivision(zeroMessage);
        }
        double mod = left % right;
        double div = (left - mod) / right;
        if (mod != 0) {
            if (right < 0 != mod < 0) {
                mod += right;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, right);
        }
        double floorDiv;
        if (div != 0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, left / right);
        }
        return new double[] {floorDiv, mod};
    }

    static double power(double base, double exponent) {
        if (base == 0 && exponent < 0) {
            throw PythonError.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (base < 0 && exponent != Math.rint(exponent) && Double.isFinite(exponent)) {
            throw PythonError.valueError("complex numbers are not supported in conditions");
        }
        double result = Math.pow(base, exponent);
        if (Double.isInfinite(result) && Double.isFinite(base) && Double.isFinite(exponent)) {
            throw PythonError.overflow("(34, 'Numerical result out of range')");
        }
        return result;
    }
}
