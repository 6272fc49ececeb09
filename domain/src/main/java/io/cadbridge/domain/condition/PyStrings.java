package io.cadbridge.domain.condition;

/**
 * Python strings are sequences of code points; Java strings of UTF-16 units. These helpers index by code
 * point, with a fast path for the usual strings that have no surrogate pairs.
 */
final class PyStrings {

    private PyStrings() {}

    static boolean simple(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int length(String text) {
        return simple(text) ? text.length() : text.codePointCount(0, text.length());
    }

    /** The code point index {@code index} as a char index. */
    static int charIndex(String text, int index) {
        return simple(text) ? index : text.offsetByCodePoints(0, index);
    }

    /** The char index {@code index} as a code point index. */
    static int codePointIndex(String text, int index) {
        return simple(text) ? index : text.codePointCount(0, index);
    }

    static String at(String text, int index) {
        int start = charIndex(text, index);
        return new String(Character.toChars(text.codePointAt(start)));
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** Python's {@code str.isspace} characters. */
    static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
    }
}
