package io.cadbridge.domain.condition;

/**
 * Checks Python's digit syntax ({@code 1_000}, {@code 1.5e-3}) by scanning, not with a regular expression:
 * {@code java.util.regex} recurses per repetition and overflows the stack on long inputs.
 */
final class DigitGroups {

    private DigitGroups() {}

    /** Digits of the radix, single underscores only between digits; not empty. */
    static boolean valid(String text, int radix) {
        if (text.isEmpty() || text.startsWith("_") || text.endsWith("_")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '_' ? text.charAt(i - 1) != '_' : Character.digit(c, radix) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A Python float literal without sign: {@code 1.}, {@code .5}, {@code 1e5}, {@code 1_0.5e-3}. */
    static boolean validFloat(String text) {
        int exponentAt = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = exponentAt < 0 ? text : text.substring(0, exponentAt);
        if (exponentAt >= 0) {
            String exponent = text.substring(exponentAt + 1);
            if (exponent.startsWith("+") || exponent.startsWith("-")) {
                exponent = exponent.substring(1);
            }
            if (!valid(exponent, 10)) {
                return false;
            }
        }
        int point = mantissa.indexOf('.');
        if (point < 0) {
            return valid(mantissa, 10);
        }
        String whole = mantissa.substring(0, point);
        String fraction = mantissa.substring(point + 1);
        return (!whole.isEmpty() || !fraction.isEmpty())
                && (whole.isEmpty() || valid(whole, 10))
                && (fraction.isEmpty() || valid(fraction, 10));
    }

    static boolean asciiDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
