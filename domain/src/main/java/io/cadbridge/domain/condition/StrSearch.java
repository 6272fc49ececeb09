package io.cadbridge.domain.condition;

import java.math.BigInteger;

/** {@code str} searching: strip, startswith/endswith, find/index/count, replace. */
final class StrSearch {

    private StrSearch() {}

    /** The part of {@code text} between the optional start and end arguments, and its code point offset. */
    private record Window(String text, int offset) {}

    private static Window window(String text, Arguments arguments, int startSlot) {
        Object start = arguments.get(startSlot, PyNone.NONE);
        Object end = arguments.get(startSlot + 1, PyNone.NONE);
        if (start == PyNone.NONE && end == PyNone.NONE) {
            return new Window(text, 0);
        }
        long[] bounds = SliceBounds.of(PyStrings.length(text), start, end, PyNone.NONE);
        if (bounds[0] > bounds[1]) {
            return new Window("", (int) bounds[0]);
        }
        int from = PyStrings.charIndex(text, (int) bounds[0]);
        int to = PyStrings.charIndex(text, (int) bounds[1]);
        return new Window(text.substring(from, to), (int) bounds[0]);
    }

    static String strip(String text, Object chars, boolean left, boolean right) {
        if (chars != PyNone.NONE && !(chars instanceof String)) {
            throw PythonError.typeError("strip arg must be None or str");
        }
        int start = 0;
        int end = text.length();
        while (left && start < end && strippable(text.codePointAt(start), chars)) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (right && end > start && strippable(text.codePointBefore(end), chars)) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean strippable(int codePoint, Object chars) {
        return chars instanceof String set ? set.indexOf(codePoint) >= 0 : PyStrings.isSpace(codePoint);
    }

    static boolean affix(String text, Arguments arguments, boolean prefix, String method) {
        Window window = window(text, arguments, 1);
        Object wanted = arguments.get(0);
        java.util.List<Object> candidates =
                wanted instanceof PyTuple tuple ? tuple.elements() : java.util.List.of(wanted);
        for (Object candidate : candidates) {
            if (!(candidate instanceof String affix)) {
                throw PythonError.typeError(
                        wanted instanceof PyTuple
                                ? "tuple for " + method + " must only contain str, not " + Types.name(candidate)
                                : method + " first arg must be str or a tuple of str, not " + Types.name(candidate));
            }
            if (prefix ? window.text().startsWith(affix) : window.text().endsWith(affix)) {
                return true;
            }
        }
        return false;
    }

    static BigInteger find(String text, Arguments arguments, boolean last) {
        String sub = Types.string(arguments.get(0), "");
        Window window = window(text, arguments, 1);
        int index = last ? window.text().lastIndexOf(sub) : window.text().indexOf(sub);
        return BigInteger.valueOf(index < 0 ? -1 : window.offset() + PyStrings.codePointIndex(window.text(), index));
    }

    static BigInteger index(String text, Arguments arguments) {
        BigInteger found = find(text, arguments, false);
        if (found.signum() < 0) {
            throw PythonError.valueError("substring not found");
        }
        return found;
    }

    static BigInteger count(String text, Arguments arguments) {
        String sub = Types.string(arguments.get(0), "");
        String window = window(text, arguments, 1).text();
        if (sub.isEmpty()) {
            return BigInteger.valueOf(PyStrings.length(window) + 1L);
        }
        long count = 0;
        for (int at = window.indexOf(sub); at >= 0; at = window.indexOf(sub, at + sub.length())) {
            count++;
        }
        return BigInteger.valueOf(count);
    }

    static String replace(String text, Arguments arguments, Evaluation evaluation) {
        String old = Types.string(arguments.get(0), "replace() argument 1 ");
        String replacement = Types.string(arguments.get(1), "replace() argument 2 ");
        long limit = arguments.has(2) ? Types.smallInteger(arguments.get(2)) : -1;
        if (limit < 0) {
            limit = Long.MAX_VALUE;
        }
        long occurrences = Math.min(
                limit,
                count(text, new Arguments(java.util.List.of(old), java.util.Map.of(), new Object[] {old, null, null}))
                        .longValue());
        evaluation.checkStringLength(text.length() + occurrences * (replacement.length() - old.length()));
        if (old.isEmpty()) {
            return insertEverywhere(text, replacement, occurrences);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (long done = 0; done < occurrences; done++) {
            int at = text.indexOf(old, from);
            out.append(text, from, at).append(replacement);
            from = at + old.length();
        }
        return out.append(text.substring(from)).toString();
    }

    private static String insertEverywhere(String text, String insertion, long occurrences) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = text.codePoints().toArray();
        long done = 0;
        for (int codePoint : codePoints) {
            if (done++ < occurrences) {
                out.append(insertion);
            }
            out.appendCodePoint(codePoint);
        }
        if (done < occurrences) {
            out.append(insertion);
        }
        return out.toString();
    }
}
