package io.cadbridge.domain.condition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;

/** {@code int(...)} and {@code float(...)} conversions, with Python's accepted spellings and messages. */
final class Conversions {

    private static final java.util.Set<String> SPECIAL_FLOATS = java.util.Set.of("inf", "infinity", "nan");

    private Conversions() {}

    static BigInteger toInt(Object value, Object base, Evaluation evaluation) {
        if (base != null && !(value instanceof String)) {
            throw PythonError.typeError("int() can't convert non-string with explicit base");
        }
        return switch (value) {
            case Boolean ignored -> Types.integer(value);
            case BigInteger number -> number;
            case Double number -> truncate(number, evaluation);
            case String text -> parseInt(text, base == null ? 10 : (int) Types.smallInteger(base), evaluation);
            default ->
                throw PythonError.typeError("int() argument must be a string, a bytes-like object or a real "
                        + "number, not '" + Types.name(value) + "'");
        };
    }

    static BigInteger truncate(double number, Evaluation evaluation) {
        if (Double.isNaN(number)) {
            throw PythonError.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(number)) {
            throw PythonError.overflow("cannot convert float infinity to integer");
        }
        return evaluation.checkInteger(
                new BigDecimal(number).setScale(0, RoundingMode.DOWN).toBigInteger());
    }

    private static BigInteger parseInt(String text, int base, Evaluation evaluation) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PythonError.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String digits = StrSearch.strip(text, PyNone.NONE, true, true);
        boolean negative = digits.startsWith("-");
        if (negative || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        int prefixRadix = prefixRadix(digits);
        int radix = base == 0 ? 10 : base;
        boolean prefixed = prefixRadix != 0 && (base == 0 || base == prefixRadix);
        if (prefixed) {
            radix = prefixRadix;
            digits = digits.substring(2);
            digits = digits.startsWith("_") ? digits.substring(1) : digits;
        }
        boolean leadingZero =
                digits.startsWith("0") && !digits.replace("_", "").chars().allMatch(c -> c == '0');
        if (!DigitGroups.valid(digits, radix) || base == 0 && !prefixed && leadingZero) {
            throw PythonError.valueError("invalid literal for int() with base " + base + ": " + Repr.quote(text));
        }
        if (digits.length() > evaluation.limits().maxIntegerBits()) {
            throw evaluation.integerTooLarge();
        }
        BigInteger magnitude = new BigInteger(asciiDigits(digits.replace("_", ""), radix), radix);
        return evaluation.checkInteger(negative ? magnitude.negate() : magnitude);
    }

    private static int prefixRadix(String digits) {
        String lower = digits.toLowerCase(Locale.ROOT);
        return lower.startsWith("0x") ? 16 : lower.startsWith("0o") ? 8 : lower.startsWith("0b") ? 2 : 0;
    }

    /** Unicode decimal digits (Python accepts them) as ASCII digits for {@link BigInteger}. */
    private static String asciiDigits(String digits, int radix) {
        StringBuilder ascii = new StringBuilder(digits.length());
        digits.codePoints().forEach(c -> ascii.append(Character.forDigit(Character.digit(c, radix), radix)));
        return ascii.toString();
    }

    static double toFloat(Object value) {
        return switch (value) {
            case Double number -> number;
            case Boolean ignored -> Types.toDouble(value);
            case BigInteger ignored -> Types.toDouble(value);
            case String text -> parseFloat(text);
            default ->
                throw PythonError.typeError(
                        "float() argument must be a string or a real number, not '" + Types.name(value) + "'");
        };
    }

    private static double parseFloat(String text) {
        String stripped = StrSearch.strip(text, PyNone.NONE, true, true);
        String lower = stripped.toLowerCase(Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String unsigned = negative || lower.startsWith("+") ? lower.substring(1) : lower;
        if (SPECIAL_FLOATS.contains(unsigned)) {
            return unsigned.equals("nan") ? Double.NaN : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!DigitGroups.validFloat(unsigned) || !DigitGroups.asciiDigits(unsigned)) {
            throw PythonError.valueError("could not convert string to float: " + Repr.quote(text));
        }
        return Double.parseDouble(stripped.replace("_", ""));
    }
}
