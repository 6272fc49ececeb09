package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Python's {@code repr()} and {@code str()} of values. */
final class Repr {

    private Repr() {}

    static String repr(Object value, Evaluation evaluation) {
        BoundedText out = new BoundedText(evaluation);
        repr(value, out, evaluation);
        return out.toString();
    }

    static String str(Object value, Evaluation evaluation) {
        return switch (value) {
            case String text -> text;
            case PyDatetime datetime -> DatetimeText.isoformat(datetime, " ");
            case PyTimedelta delta -> DatetimeText.str(delta);
            default -> repr(value, evaluation);
        };
    }

    private static void repr(Object value, BoundedText out, Evaluation evaluation) {
        evaluation.tick();
        switch (value) {
            case PyNone ignored -> out.append("None");
            case Boolean bool -> out.append(bool ? "True" : "False");
            case BigInteger number -> out.append(number.toString());
            case Double number -> out.append(FloatFormat.repr(number));
            case String text -> out.append(quote(text));
            case PyList list -> sequence(list.elements(), "[", "]", out, evaluation);
            case PyTuple tuple ->
                sequence(tuple.elements(), "(", tuple.elements().size() == 1 ? ",)" : ")", out, evaluation);
            case PySet set -> {
                if (set.size() == 0) {
                    out.append("set()");
                } else {
                    sequence(set.elements(), "{", "}", out, evaluation);
                }
            }
            case PyDict dict -> dict(dict, out, evaluation);
            default -> out.append(other(value));
        }
    }

    private static void sequence(
            List<Object> elements, String open, String close, BoundedText out, Evaluation evaluation) {
        out.append(open);
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            repr(elements.get(i), out, evaluation);
        }
        out.append(close);
    }

    private static void dict(PyDict dict, BoundedText out, Evaluation evaluation) {
        out.append("{");
        boolean first = true;
        for (Map.Entry<Object, Object> entry : dict.entries()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            repr(entry.getKey(), out, evaluation);
            out.append(": ");
            repr(entry.getValue(), out, evaluation);
        }
        out.append("}");
    }

    private static String other(Object value) {
        return switch (value) {
            case PyRange range ->
                "range(" + range.start() + ", " + range.stop() + (range.step() == 1 ? ")" : ", " + range.step() + ")");
            case PyDatetime datetime -> DatetimeText.repr(datetime);
            case PyTimedelta delta -> DatetimeText.repr(delta);
            case PyTimezone zone -> DatetimeText.repr(zone);
            case PyMatch match ->
                "<re.Match object; span=(" + match.result().start() + ", "
                        + match.result().end() + "), match="
                        + quote(match.result().group()) + ">";
            case PyModule module -> "<module '" + module.name() + "'>";
            case PyType type -> "<class '" + type.name() + "'>";
            case BuiltinFunction function ->
                "<built-in function " + function.signature().name() + ">";
            case BoundMethod method ->
                "<built-in method " + method.method().signature().name() + ">";
            case PyGenerator ignored -> "<generator object <genexpr>>";
            case NativeObject object -> "<" + object.typeName() + " object>";
            default -> String.valueOf(value);
        };
    }

    /** A str literal the way Python prints it: single quotes unless the text holds only single quotes. */
    static String quote(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(quote);
                    } else if (c < 0x20 || c == 0x7f || Character.isISOControl(c)) {
                        out.append(String.format("\\x%02x", c));
                    } else if (!isPrintable(c)) {
                        out.append(c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append(quote).toString();
    }

    private static boolean isPrintable(int c) {
        int type = Character.getType(c);
        return c == ' '
                || type != Character.UNASSIGNED
                        && type != Character.SPACE_SEPARATOR
                        && type != Character.LINE_SEPARATOR
                        && type != Character.PARAGRAPH_SEPARATOR
                        && type != Character.FORMAT
                        && type != Character.SURROGATE
                        && type != Character.PRIVATE_USE
                        && type != Character.CONTROL;
    }
}
