package io.cadbridge.domain.condition;

import static java.util.Objects.requireNonNull;

/** One token; {@code value} is the decoded literal for numbers and strings, else the text. */
record Token(TokenKind kind, String text, Object value, Position position) {

    Token {
        requireNonNull(kind, "kind is null");
        requireNonNull(text, "text is null");
        requireNonNull(value, "value is null");
        requireNonNull(position, "position is null");
    }

    boolean isOperator(String operator) {
        return kind == TokenKind.OPERATOR && text.equals(operator);
    }

    boolean isKeyword(String keyword) {
        return kind == TokenKind.NAME && text.equals(keyword);
    }

    String describe() {
        return switch (kind) {
            case END -> "end of condition";
            case NEWLINE -> "end of line";
            case STRING -> "string literal";
            default -> "'" + text + "'";
        };
    }
}
