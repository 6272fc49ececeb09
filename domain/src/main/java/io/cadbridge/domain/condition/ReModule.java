package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code re} module: {@code match}, {@code search}, {@code fullmatch}, {@code findall} and the flags
 * {@code IGNORECASE}/{@code I}, {@code MULTILINE}/{@code M}, {@code DOTALL}/{@code S}. Patterns run on
 * {@link java.util.regex} after translating Python-only syntax; length and time are bounded.
 */
final class ReModule {

    static final BigInteger IGNORECASE = BigInteger.TWO;
    static final BigInteger MULTILINE = BigInteger.valueOf(8);
    static final BigInteger DOTALL = BigInteger.valueOf(16);

    static final PyModule MODULE = module();

    private enum Mode {
        MATCH,
        SEARCH,
        FULLMATCH
    }

    private ReModule() {}

    private static PyModule module() {
        Map<String, Object> members = new HashMap<>();
        for (Mode mode : Mode.values()) {
            String name = mode.name().toLowerCase(java.util.Locale.ROOT);
            Builtins.function(
                    members,
                    Signature.of("re." + name, 2, "pattern", "string", "flags").byName(),
                    (self, arguments, evaluation) -> find(mode, arguments, evaluation));
        }
        Builtins.function(
                members,
                Signature.of("re.findall", 2, "pattern", "string", "flags").byName(),
                ReModule::findall);
        members.put("IGNORECASE", IGNORECASE);
        members.put("I", IGNORECASE);
        members.put("MULTILINE", MULTILINE);
        members.put("M", MULTILINE);
        members.put("DOTALL", DOTALL);
        members.put("S", DOTALL);
        return new PyModule("re", members);
    }

    private static Object find(Mode mode, Arguments arguments, Evaluation evaluation) {
        String input = input(arguments.get(1), evaluation);
        Pattern pattern = pattern(arguments, evaluation);
        Matcher matcher = pattern.matcher(new DeadlineCharSequence(input, evaluation));
        boolean found = switch (mode) {
            case MATCH -> matcher.lookingAt();
            case SEARCH -> matcher.find();
            case FULLMATCH -> matcher.matches();
        };
        return found ? new PyMatch(matcher.toMatchResult(), pattern.namedGroups()) : PyNone.NONE;
    }

    private static Object findall(Object self, Arguments arguments, Evaluation evaluation) {
        String input = input(arguments.get(1), evaluation);
        Matcher matcher = pattern(arguments, evaluation).matcher(new DeadlineCharSequence(input, evaluation));
        List<Object> found = new ArrayList<>();
        while (matcher.find()) {
            evaluation.tick();
            found.add(matcher.groupCount() == 0 ? matcher.group() : groups(matcher));
            evaluation.checkCollectionSize(found.size());
        }
        return new PyList(found);
    }

    private static Object groups(Matcher matcher) {
        List<Object> groups = new ArrayList<>();
        for (int i = 1; i <= matcher.groupCount(); i++) {
            groups.add(matcher.group(i) == null ? "" : matcher.group(i));
        }
        return groups.size() == 1 ? groups.get(0) : new PyTuple(groups);
    }

    private static String input(Object value, Evaluation evaluation) {
        if (!(value instanceof String text)) {
            throw PythonError.typeError("expected string or bytes-like object, got '" + Types.name(value) + "'");
        }
        if (text.length() > evaluation.limits().maxRegexInputLength()) {
            throw PythonError.valueError("regular expressions may only search texts of up to "
                    + evaluation.limits().maxRegexInputLength() + " characters in conditions");
        }
        return text;
    }

    private static Pattern pattern(Arguments arguments, Evaluation evaluation) {
        if (!(arguments.get(0) instanceof String source)) {
            throw PythonError.typeError("first argument must be string or compiled pattern");
        }
        if (source.length() > evaluation.limits().maxRegexPatternLength()) {
            throw PythonError.valueError("regular expressions may have at most "
                    + evaluation.limits().maxRegexPatternLength() + " characters in conditions");
        }
        int pythonFlags = (int) Types.smallInteger(arguments.get(2, BigInteger.ZERO));
        int flags = Pattern.UNICODE_CASE
                | Pattern.UNICODE_CHARACTER_CLASS
                | ((pythonFlags & 2) != 0 ? Pattern.CASE_INSENSITIVE : 0)
                | ((pythonFlags & 8) != 0 ? Pattern.MULTILINE : 0)
                | ((pythonFlags & 16) != 0 ? Pattern.DOTALL : 0);
        return evaluation.regexes().get(source, flags, () -> compile(source, flags));
    }

    private static Pattern compile(String source, int flags) {
        try {
            return Pattern.compile(RegexTranslation.toJava(source), flags);
        } catch (PatternSyntaxException invalid) {
            throw new PythonError(
                    "re.error", invalid.getDescription() + " at position " + Math.max(0, invalid.getIndex()));
        }
    }
}
