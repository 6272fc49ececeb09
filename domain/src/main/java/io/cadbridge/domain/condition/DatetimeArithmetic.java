package io.cadbridge.domain.condition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** Arithmetic of datetimes and timedeltas. */
final class DatetimeArithmetic {

    private DatetimeArithmetic() {}

    static Object binary(BinaryOperator operator, Object left, Object right) {
        try {
            return switch (operator) {
                case ADD -> add(left, right);
                case SUBTRACT -> subtract(left, right);
                case MULTIPLY -> multiply(left, right);
                case TRUE_DIVIDE -> divide(left, right);
                case FLOOR_DIVIDE -> floorDivide(left, right);
                case MODULO -> modulo(left, right);
                default -> throw Arithmetic.unsupported(operator, left, right);
            };
        } catch (ArithmeticException | DateTimeException outOfRange) {
            throw PythonError.overflow("date value out of range");
        }
    }

    private static Object add(Object left, Object right) {
        return switch (left) {
            case PyDatetime datetime when right instanceof PyTimedelta delta -> shift(datetime, delta.microseconds());
            case PyTimedelta delta when right instanceof PyDatetime datetime -> shift(datetime, delta.microseconds());
            case PyTimedelta a
            when right instanceof PyTimedelta b -> new PyTimedelta(Math.addExact(a.microseconds(), b.microseconds()));
            default -> throw Arithmetic.unsupported(BinaryOperator.ADD, left, right);
        };
    }

    private static Object subtract(Object left, Object right) {
        return switch (left) {
            case PyDatetime datetime
            when right instanceof PyTimedelta delta -> shift(datetime, Math.negateExact(delta.microseconds()));
            case PyDatetime a when right instanceof PyDatetime b -> difference(a, b);
            case PyTimedelta a
            when right instanceof PyTimedelta b ->
                new PyTimedelta(Math.subtractExact(a.microseconds(), b.microseconds()));
            default -> throw Arithmetic.unsupported(BinaryOperator.SUBTRACT, left, right);
        };
    }

    private static PyDatetime shift(PyDatetime datetime, long microseconds) {
        return new PyDatetime(datetime.value().plus(microseconds, ChronoUnit.MICROS), datetime.offset());
    }

    private static PyTimedelta difference(PyDatetime a, PyDatetime b) {
        if (a.aware() != b.aware()) {
            throw PythonError.typeError("can't subtract offset-naive and offset-aware datetimes");
        }
        Duration between = a.aware()
                ? Duration.between(DatetimeComparison.instant(b), DatetimeComparison.instant(a))
                : Duration.between(b.value(), a.value());
        return new PyTimedelta(
                Math.addExact(Math.multiplyExact(between.getSeconds(), 1_000_000L), between.getNano() / 1000));
    }

    private static Object multiply(Object left, Object right) {
        if (left instanceof PyTimedelta delta && Types.isNumber(right)) {
            return scale(delta, right);
        }
        if (right instanceof PyTimedelta delta && Types.isNumber(left)) {
            return scale(delta, left);
        }
        throw Arithmetic.unsupported(BinaryOperator.MULTIPLY, left, right);
    }

    private static PyTimedelta scale(PyTimedelta delta, Object factor) {
        BigDecimal exactFactor =
                factor instanceof Double number ? new BigDecimal(number) : new BigDecimal(Types.integer(factor));
        return micros(new BigDecimal(delta.microseconds()).multiply(exactFactor));
    }

    private static PyTimedelta micros(BigDecimal value) {
        BigInteger rounded = value.setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        if (rounded.bitLength() > 63) {
            throw PythonError.overflow("timedelta out of range");
        }
        return new PyTimedelta(rounded.longValue());
    }

    private static Object divide(Object left, Object right) {
        if (left instanceof PyTimedelta a && right instanceof PyTimedelta b) {
            if (b.microseconds() == 0) {
                throw PythonError.zeroDivision("division by zero");
            }
            return (double) a.microseconds() / b.microseconds();
        }
        if (left instanceof PyTimedelta delta && Types.isNumber(right)) {
            double divisor = Types.toDouble(right);
            if (divisor == 0) {
                throw PythonError.zeroDivision("division by zero");
            }
            return micros(new BigDecimal(delta.microseconds())
                    .divide(new BigDecimal(divisor), java.math.MathContext.DECIMAL64));
        }
        throw Arithmetic.unsupported(BinaryOperator.TRUE_DIVIDE, left, right);
    }

    private static Object floorDivide(Object left, Object right) {
        if (left instanceof PyTimedelta a && right instanceof PyTimedelta b) {
            return IntegerArithmetic.floorDivide(
                    BigInteger.valueOf(a.microseconds()),
                    BigInteger.valueOf(b.microseconds()),
                    "integer division or modulo by zero");
        }
        if (left instanceof PyTimedelta delta && Types.isInteger(right)) {
            return new PyTimedelta(IntegerArithmetic.floorDivide(
                            BigInteger.valueOf(delta.microseconds()),
                            Types.integer(right),
                            "integer division or modulo by zero")
                    .longValue());
        }
        throw Arithmetic.unsupported(BinaryOperator.FLOOR_DIVIDE, left, right);
    }

    private static Object modulo(Object left, Object right) {
        if (left instanceof PyTimedelta a && right instanceof PyTimedelta b) {
            return new PyTimedelta(IntegerArithmetic.modulo(
                            BigInteger.valueOf(a.microseconds()),
                            BigInteger.valueOf(b.microseconds()),
                            "integer modulo by zero")
                    .longValue());
        }
        throw Arithmetic.unsupported(BinaryOperator.MODULO, left, right);
    }

    static PyTimedelta negate(PyTimedelta delta) {
        return new PyTimedelta(Math.negateExact(delta.microseconds()));
    }
}
