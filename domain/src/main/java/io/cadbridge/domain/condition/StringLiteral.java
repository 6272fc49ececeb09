package io.cadbridge.domain.condition;

import java.util.Locale;
import java.util.Set;

/** Reads a Python string literal: single, double or triple quotes, optional {@code r} prefix, escapes. */
final class StringLiteral {

    private static final Set<String> PREFIXES = Set.of("r", "u", "b", "f", "rb", "br", "fr", "rf");

    private final SourceReader reader;
    private final boolean raw;
    private final Position start;
    private final StringBuilder value = new StringBuilder();

    private StringLiteral(SourceReader reader, boolean raw, Position start) {
        this.reader = reader;
        this.raw = raw;
        this.start = start;
    }

    static boolean isPrefix(String name) {
        return PREFIXES.contains(name.toLowerCase(Locale.ROOT));
    }

    static Token read(SourceReader reader, String prefix, Position start) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        if (lower.contains("f")) {
            throw new ConditionSyntaxException(start, "f-strings are not supported in conditions");
        }
        if (lower.contains("b")) {
            throw new ConditionSyntaxException(start, "bytes literals are not supported in conditions");
        }
        int begin = reader.index();
        String value = new StringLiteral(reader, lower.contains("r"), start).body();
        return new Token(TokenKind.STRING, prefix + reader.text(begin), value, start);
    }

    private String body() {
        char quote = reader.peek();
        boolean triple = reader.peek(1) == quote && reader.peek(2) == quote;
        reader.skip(triple ? 3 : 1);
        while (true) {
            if (reader.atEnd()) {
                throw unterminated(triple);
            }
            char c = reader.peek();
            if (c == quote && (!triple || reader.peek(1) == quote && reader.peek(2) == quote)) {
                reader.skip(triple ? 3 : 1);
                return value.toString();
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw unterminated(false);
                }
                reader.newline();
                value.append('\n');
            } else if (c == '\\') {
                backslash();
            } else {
                value.append(c);
                reader.advance();
            }
        }
    }

    private ConditionSyntaxException unterminated(boolean triple) {
        return new ConditionSyntaxException(
                start,
                "unterminated " + (triple ? "triple-quoted " : "") + "string literal (detected at line " + reader.line()
                        + ")");
    }

    private void backslash() {
        reader.advance();
        if (reader.atEnd()) {
            return;
        }
        char c = reader.peek();
        if (c == '\n' || c == '\r') {
            reader.newline();
            if (raw) {
                value.append('\\').append('\n');
            }
            return;
        }
        if (raw) {
            value.append('\\').append(c);
            reader.advance();
            return;
        }
        reader.advance();
        escape(c);
    }

    private void escape(char c) {
        switch (c) {
            case '\\', '\'', '"' -> value.append(c);
            case 'a' -> value.append('\u0007');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'v' -> value.append('\u000b');
            case 'x' -> value.appendCodePoint(hex(2, "\\xXX"));
            case 'u' -> value.appendCodePoint(hex(4, "\\uXXXX"));
            case 'U' -> value.appendCodePoint(hex(8, "\\UXXXXXXXX"));
            case 'N' -> value.appendCodePoint(namedCharacter());
            default -> {
                if (c >= '0' && c <= '7') {
                    value.appendCodePoint(octal(c));
                } else {
                    value.append('\\').append(c);
                }
            }
        }
    }

    private int hex(int digits, String form) {
        int result = 0;
        for (int i = 0; i < digits; i++) {
            int digit = reader.atEnd() ? -1 : Character.digit(reader.peek(), 16);
            if (digit < 0) {
                throw new ConditionSyntaxException(start, "truncated " + form + " escape");
            }
            result = result * 16 + digit;
            reader.advance();
        }
        if (result < 0 || result > Character.MAX_CODE_POINT) {
            throw new ConditionSyntaxException(start, "illegal Unicode character in " + form + " escape");
        }
        return result;
    }

    private int octal(char first) {
        int result = first - '0';
        for (int i = 0; i < 2 && !reader.atEnd() && reader.peek() >= '0' && reader.peek() <= '7'; i++) {
            result = result * 8 + reader.peek() - '0';
            reader.advance();
        }
        return result;
    }

    private int namedCharacter() {
        if (reader.atEnd() || reader.peek() != '{') {
            throw new ConditionSyntaxException(start, "malformed \\N character escape");
        }
        int begin = reader.index() + 1;
        while (!reader.atEnd() && reader.peek() != '}' && reader.peek() != '\n') {
            reader.advance();
        }
        if (reader.atEnd() || reader.peek() != '}') {
            throw new ConditionSyntaxException(start, "malformed \\N character escape");
        }
        String name = reader.text(begin);
        reader.advance();
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new ConditionSyntaxException(start, "unknown Unicode character name '" + name + "'");
        }
    }
}
