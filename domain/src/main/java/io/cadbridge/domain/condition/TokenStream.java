package io.cadbridge.domain.condition;

import java.util.List;
import java.util.Set;

/** The parser's cursor over the tokens, with the nesting guard that keeps recursion bounded. */
final class TokenStream {

    static final Set<String> KEYWORDS = Set.of(
            "False",
            "None",
            "True",
            "and",
            "as",
            "assert",
            "async",
            "await",
            "break",
            "class",
            "continue",
            "def",
            "del",
            "elif",
            "else",
            "except",
            "finally",
            "for",
            "from",
            "global",
            "if",
            "import",
            "in",
            "is",
            "lambda",
            "nonlocal",
            "not",
            "or",
            "pass",
            "raise",
            "return",
            "try",
            "while",
            "with",
            "yield");

    private final List<Token> tokens;
    private final int maxDepth;
    private int index;
    private int depth;

    TokenStream(List<Token> tokens, int maxDepth) {
        this.tokens = tokens;
        this.maxDepth = maxDepth;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int offset) {
        return tokens.get(Math.min(index + offset, tokens.size() - 1));
    }

    Token next() {
        Token token = tokens.get(index);
        if (token.kind() != TokenKind.END) {
            index++;
        }
        return token;
    }

    boolean atOperator(String operator) {
        return peek().isOperator(operator);
    }

    boolean atKeyword(String keyword) {
        return peek().isKeyword(keyword);
    }

    /** Consumes the operator if it is next. */
    boolean accept(String operator) {
        if (atOperator(operator)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(String operator, String problem) {
        if (!atOperator(operator)) {
            throw error(peek(), problem);
        }
        return next();
    }

    Token expectName(String problem) {
        Token token = peek();
        if (token.kind() != TokenKind.NAME || KEYWORDS.contains(token.text())) {
            throw error(token, problem);
        }
        return next();
    }

    void skipNewlines() {
        while (peek().kind() == TokenKind.NEWLINE) {
            next();
        }
    }

    void enter() {
        if (++depth > maxDepth) {
            throw error(peek(), "expression nested too deeply (limit " + maxDepth + ")");
        }
    }

    void exit() {
        depth--;
    }

    ConditionSyntaxException error(Token token, String problem) {
        return new ConditionSyntaxException(token.position(), problem);
    }

    /** An "invalid syntax" error at the next token, with a hint for the usual mistakes. */
    ConditionSyntaxException unexpected() {
        Token token = peek();
        if (token.isOperator("=")) {
            return error(token, "invalid syntax: maybe you meant '==' instead of '='?");
        }
        if (token.isOperator(":=")) {
            return error(token, "assignment expressions (:=) are not supported in conditions");
        }
        if (token.kind() == TokenKind.NEWLINE) {
            return error(token, "a condition is a single expression; unexpected line break");
        }
        if (token.kind() == TokenKind.NAME && KEYWORDS.contains(token.text())) {
            return error(token, "invalid syntax: '" + token.text() + "' is not allowed here");
        }
        return error(token, "invalid syntax: unexpected " + token.describe());
    }
}
