package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.List;

/** {@code str.split}: on runs of whitespace without a separator, else on exactly the separator. */
final class StrSplit {

    private StrSplit() {}

    static PyList split(String text, Arguments arguments, Evaluation evaluation) {
        Object separator = arguments.get(0, PyNone.NONE);
        long maxSplit = Types.smallInteger(arguments.get(1, java.math.BigInteger.ONE.negate()));
        if (maxSplit < 0) {
            maxSplit = Long.MAX_VALUE;
        }
        List<Object> parts = separator == PyNone.NONE
                ? onWhitespace(text, maxSplit)
                : onSeparator(text, separatorText(separator), maxSplit);
        evaluation.checkCollectionSize(parts.size());
        return new PyList(parts);
    }

    private static List<Object> onSeparator(String text, String separator, long maxSplit) {
        if (separator.isEmpty()) {
            throw PythonError.valueError("empty separator");
        }
        List<Object> parts = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0 && parts.size() < maxSplit; at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static List<Object> onWhitespace(String text, long maxSplit) {
        List<Object> parts = new ArrayList<>();
        int i = skipSpace(text, 0);
        while (i < text.length()) {
            if (parts.size() == maxSplit) {
                parts.add(StrSearch.strip(text.substring(i), PyNone.NONE, false, true));
                return parts;
            }
            int start = i;
            while (i < text.length() && !PyStrings.isSpace(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            parts.add(text.substring(start, i));
            i = skipSpace(text, i);
        }
        return parts;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && PyStrings.isSpace(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static String separatorText(Object separator) {
        if (separator instanceof String text) {
            return text;
        }
        throw PythonError.typeError("must be str or None, not " + Types.name(separator));
    }
}
