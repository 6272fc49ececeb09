package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A JSON reader producing Python values, with Python's {@code JSONDecodeError} messages. */
final class JsonReader {

    private static final int MAX_DEPTH = 200;

    private final String text;
    private final Evaluation evaluation;
    private int index;
    private int depth;

    JsonReader(String text, Evaluation evaluation) {
        this.text = text;
        this.evaluation = evaluation;
    }

    Object document() {
        skipSpace();
        Object value = value();
        skipSpace();
        if (index < text.length()) {
            throw error("Extra data", index);
        }
        return value;
    }

    private Object value() {
        evaluation.tick();
        if (index >= text.length()) {
            throw error("Expecting value", index);
        }
        char c = text.charAt(index);
        return switch (c) {
            case '{' -> nested(true);
            case '[' -> nested(false);
            case '"' -> string();
            default -> literal(c);
        };
    }

    private Object literal(char c) {
        for (String[] word : new String[][] {{"true"}, {"false"}, {"null"}, {"NaN"}, {"Infinity"}, {"-Infinity"}}) {
            if (text.startsWith(word[0], index)) {
                index += word[0].length();
                return switch (word[0]) {
                    case "true" -> true;
                    case "false" -> false;
                    case "null" -> PyNone.NONE;
                    case "NaN" -> Double.NaN;
                    case "Infinity" -> Double.POSITIVE_INFINITY;
                    default -> Double.NEGATIVE_INFINITY;
                };
            }
        }
        if (c == '-' || c >= '0' && c <= '9') {
            return number();
        }
        throw error("Expecting value", index);
    }

    private Object nested(boolean object) {
        if (++depth > MAX_DEPTH) {
            throw new PythonError("RecursionError", "maximum recursion depth exceeded while decoding a JSON document");
        }
        index++;
        Object value = object ? object() : array();
        depth--;
        return value;
    }

    private Object array() {
        List<Object> elements = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            index++;
            return new PyList(elements);
        }
        while (true) {
            skipSpace();
            elements.add(value());
            evaluation.checkCollectionSize(elements.size());
            skipSpace();
            if (peek() == ']') {
                index++;
                return new PyList(elements);
            }
            expect(',', "Expecting ',' delimiter");
        }
    }

    private Object object() {
        List<Object> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            index++;
            return PyDict.of(keys, values);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("Expecting property name enclosed in double quotes", index);
            }
            keys.add(string());
            skipSpace();
            expect(':', "Expecting ':' delimiter");
            skipSpace();
            values.add(value());
            evaluation.checkCollectionSize(keys.size());
            skipSpace();
            if (peek() == '}') {
                index++;
                return PyDict.of(keys, values);
            }
            expect(',', "Expecting ',' delimiter");
            skipSpace();
            if (peek() != '"') {
                throw error("Expecting property name enclosed in double quotes", index);
            }
        }
    }

    private String string() {
        int start = index++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (index >= text.length()) {
                throw error("Unterminated string starting at", start);
            }
            char c = text.charAt(index++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                throw error("Invalid control character at", index - 1);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            escape(value);
        }
    }

    private void escape(StringBuilder value) {
        char c = index < text.length() ? text.charAt(index) : '\0';
        index++;
        switch (c) {
            case '"', '\\', '/' -> value.append(c);
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> {
                if (index + 4 > text.length()
                        || !text.substring(index, index + 4).matches("[0-9a-fA-F]{4}")) {
                    throw error("Invalid \\uXXXX escape", index - 1);
                }
                value.append((char) Integer.parseInt(text.substring(index, index + 4), 16));
                index += 4;
            }
            default -> throw error("Invalid \\escape", index - 2);
        }
    }

    private Object number() {
        int start = index;
        if (peek() == '-') {
            index++;
        }
        if (peek() == '0') {
            index++;
        } else if (!digits()) {
            throw error("Expecting value", start);
        }
        boolean integral = true;
        if (peek() == '.' && index + 1 < text.length() && Character.isDigit(text.charAt(index + 1))) {
            integral = false;
            index++;
            digits();
        }
        if ((peek() == 'e' || peek() == 'E') && exponentFollows()) {
            integral = false;
            index++;
            if (peek() == '+' || peek() == '-') {
                index++;
            }
            digits();
        }
        String literal = text.substring(start, index);
        if (!integral) {
            return Double.parseDouble(literal);
        }
        if (literal.length() > evaluation.limits().maxIntegerBits()) {
            throw evaluation.integerTooLarge();
        }
        return evaluation.checkInteger(new BigInteger(literal));
    }

    private boolean exponentFollows() {
        int next = index + 1;
        if (next < text.length() && (text.charAt(next) == '+' || text.charAt(next) == '-')) {
            next++;
        }
        return next < text.length() && Character.isDigit(text.charAt(next));
    }

    private boolean digits() {
        int start = index;
        while (index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9') {
            index++;
        }
        return index > start;
    }

    private char peek() {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private void expect(char c, String message) {
        if (peek() != c) {
            throw error(message, index);
        }
        index++;
    }

    private void skipSpace() {
        while (index < text.length() && " \t\n\r".indexOf(text.charAt(index)) >= 0) {
            index++;
        }
    }

    private PythonError error(String message, int position) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new PythonError(
                "json.decoder.JSONDecodeError",
                message + ": line " + line + " column " + (position - lineStart + 1) + " (char " + position + ")");
    }
}
