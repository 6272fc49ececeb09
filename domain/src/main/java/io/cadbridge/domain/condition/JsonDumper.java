package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code json.dumps} with Python's defaults: {@code ", "} and {@code ": "} separators, ASCII-only output. */
final class JsonDumper {

    private final Evaluation evaluation;
    private final boolean sortKeys;
    private final BoundedText out;

    JsonDumper(Evaluation evaluation, boolean sortKeys) {
        this.evaluation = evaluation;
        this.sortKeys = sortKeys;
        this.out = new BoundedText(evaluation);
    }

    String dump(Object value) {
        write(value, 0);
        return out.toString();
    }

    private void write(Object value, int depth) {
        evaluation.tick();
        if (depth > 200) {
            throw new PythonError("RecursionError", "maximum recursion depth exceeded while encoding a JSON object");
        }
        switch (value) {
            case PyNone ignored -> out.append("null");
            case Boolean bool -> out.append(bool ? "true" : "false");
            case BigInteger number -> out.append(number.toString());
            case Double number -> out.append(number(number));
            case String text -> out.append(string(text));
            case PyList list -> array(list.elements(), depth);
            case PyTuple tuple -> array(tuple.elements(), depth);
            case PyDict dict -> object(dict, depth);
            default -> throw PythonError.typeError("Object of type " + shortName(value) + " is not JSON serializable");
        }
    }

    private static String shortName(Object value) {
        String name = Types.name(value);
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String number(double number) {
        if (Double.isNaN(number)) {
            return "NaN";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "Infinity" : "-Infinity";
        }
        return FloatFormat.repr(number);
    }

    private void array(List<Object> elements, int depth) {
        out.append("[");
        for (int i = 0; i < elements.size(); i++) {
            out.append(i > 0 ? ", " : "");
            write(elements.get(i), depth + 1);
        }
        out.append("]");
    }

    private void object(PyDict dict, int depth) {
        List<Map.Entry<String, Object>> members = new ArrayList<>();
        for (Map.Entry<Object, Object> entry : dict.entries()) {
            members.add(Map.entry(key(entry.getKey()), entry.getValue()));
        }
        if (sortKeys) {
            members.sort(Comparator.comparing(Map.Entry::getKey, PyStrings::compare));
        }
        out.append("{");
        for (int i = 0; i < members.size(); i++) {
            out.append(i > 0 ? ", " : "")
                    .append(string(members.get(i).getKey()))
                    .append(": ");
            write(members.get(i).getValue(), depth + 1);
        }
        out.append("}");
    }

    private static String key(Object key) {
        return switch (key) {
            case String text -> text;
            case Boolean bool -> bool ? "true" : "false";
            case PyNone ignored -> "null";
            case BigInteger number -> number.toString();
            case Double number -> number(number);
            default ->
                throw PythonError.typeError("keys must be str, int, float, bool or None, not " + Types.name(key));
        };
    }

    private static String string(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '\b' -> quoted.append("\\b");
                case '\f' -> quoted.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
