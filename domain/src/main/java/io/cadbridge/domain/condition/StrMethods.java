package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code str} methods conditions may call. */
final class StrMethods {

    static final Map<String, Member> MEMBERS = new MemberTable("str")
            .method("lower", 0, (self, arguments, evaluation) -> text(self).toLowerCase(Locale.ROOT))
            .method("upper", 0, (self, arguments, evaluation) -> text(self).toUpperCase(Locale.ROOT))
            .method("casefold", 0, (self, arguments, evaluation) -> text(self).toLowerCase(Locale.ROOT))
            .method(
                    "strip",
                    0,
                    (self, arguments, evaluation) ->
                            StrSearch.strip(text(self), arguments.get(0, PyNone.NONE), true, true),
                    "chars")
            .method(
                    "lstrip",
                    0,
                    (self, arguments, evaluation) ->
                            StrSearch.strip(text(self), arguments.get(0, PyNone.NONE), true, false),
                    "chars")
            .method(
                    "rstrip",
                    0,
                    (self, arguments, evaluation) ->
                            StrSearch.strip(text(self), arguments.get(0, PyNone.NONE), false, true),
                    "chars")
            .method(
                    "startswith",
                    1,
                    (self, arguments, evaluation) -> StrSearch.affix(text(self), arguments, true, "startswith"),
                    "prefix",
                    "start",
                    "end")
            .method(
                    "endswith",
                    1,
                    (self, arguments, evaluation) -> StrSearch.affix(text(self), arguments, false, "endswith"),
                    "suffix",
                    "start",
                    "end")
            .method(
                    "find",
                    1,
                    (self, arguments, evaluation) -> StrSearch.find(text(self), arguments, false),
                    "sub",
                    "start",
                    "end")
            .method(
                    "rfind",
                    1,
                    (self, arguments, evaluation) -> StrSearch.find(text(self), arguments, true),
                    "sub",
                    "start",
                    "end")
            .method(
                    "index",
                    1,
                    (self, arguments, evaluation) -> StrSearch.index(text(self), arguments),
                    "sub",
                    "start",
                    "end")
            .method(
                    "count",
                    1,
                    (self, arguments, evaluation) -> StrSearch.count(text(self), arguments),
                    "sub",
                    "start",
                    "end")
            .method(
                    Signature.of("str.split", 0, "sep", "maxsplit").byName(),
                    (self, arguments, evaluation) -> StrSplit.split(text(self), arguments, evaluation))
            .method(
                    "join",
                    1,
                    (self, arguments, evaluation) -> join(text(self), arguments.get(0), evaluation),
                    "iterable")
            .method(
                    "replace",
                    2,
                    (self, arguments, evaluation) -> StrSearch.replace(text(self), arguments, evaluation),
                    "old",
                    "new",
                    "count")
            .method(
                    "removeprefix",
                    1,
                    (self, arguments, evaluation) -> removePrefix(text(self), arguments.get(0)),
                    "prefix")
            .method(
                    "removesuffix",
                    1,
                    (self, arguments, evaluation) -> removeSuffix(text(self), arguments.get(0)),
                    "suffix")
            .method("isdigit", 0, (self, arguments, evaluation) -> all(text(self), Character::isDigit))
            .method("isdecimal", 0, (self, arguments, evaluation) -> all(text(self), Character::isDigit))
            .method("isnumeric", 0, (self, arguments, evaluation) -> all(text(self), StrMethods::isNumeric))
            .method("isalpha", 0, (self, arguments, evaluation) -> all(text(self), Character::isLetter))
            .method(
                    "isalnum",
                    0,
                    (self, arguments, evaluation) -> all(text(self), c -> Character.isLetter(c) || isNumeric(c)))
            .method("isspace", 0, (self, arguments, evaluation) -> all(text(self), PyStrings::isSpace))
            .method("islower", 0, (self, arguments, evaluation) -> cased(text(self), true))
            .method("isupper", 0, (self, arguments, evaluation) -> cased(text(self), false))
            .method("title", 0, (self, arguments, evaluation) -> title(text(self)))
            .method("capitalize", 0, (self, arguments, evaluation) -> capitalize(text(self)))
            .method("swapcase", 0, (self, arguments, evaluation) -> swapcase(text(self)))
            .build();

    private StrMethods() {}

    static String text(Object self) {
        return (String) self;
    }

    private static boolean all(String text, java.util.function.IntPredicate test) {
        return !text.isEmpty() && text.codePoints().allMatch(test);
    }

    private static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean cased(String text, boolean lower) {
        boolean anyCased = false;
        for (int c : text.codePoints().toArray()) {
            if (lower
                    ? Character.isUpperCase(c) || Character.isTitleCase(c)
                    : Character.isLowerCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            anyCased |= Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
        }
        return anyCased;
    }

    private static String title(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean previousCased = false;
        for (int c : text.codePoints().toArray()) {
            out.appendCodePoint(previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            previousCased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
        }
        return out.toString();
    }

    private static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(Character.toTitleCase(first)))
                + text.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    private static String swapcase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> out.appendCodePoint(
                        Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
        return out.toString();
    }

    private static String removePrefix(String text, Object prefix) {
        String affix = Types.string(prefix, "removeprefix() argument ");
        return text.startsWith(affix) ? text.substring(affix.length()) : text;
    }

    private static String removeSuffix(String text, Object suffix) {
        String affix = Types.string(suffix, "removesuffix() argument ");
        return text.endsWith(affix) ? text.substring(0, text.length() - affix.length()) : text;
    }

    private static String join(String separator, Object iterable, Evaluation evaluation) {
        List<Object> items = Iteration.toList(iterable, evaluation);
        List<String> parts = new ArrayList<>(items.size());
        long length = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String part)) {
                throw PythonError.typeError(
                        "sequence item " + i + ": expected str instance, " + Types.name(items.get(i)) + " found");
            }
            parts.add(part);
            length += part.length() + (i > 0 ? separator.length() : 0);
        }
        evaluation.checkStringLength(length);
        return String.join(separator, parts);
    }
}
