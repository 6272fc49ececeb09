package io.cadbridge.domain.condition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Splits a condition into Python tokens: names, numbers, strings, operators, and logical line ends
 * (newlines inside brackets are joined, as in Python). Comments start with {@code #}.
 */
final class Tokenizer {

    private static final List<String> TWO_CHARACTER_OPERATORS =
            List.of("**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=", "->");
    private static final String ONE_CHARACTER_OPERATORS = "+-*/%@&|^~<>()[]{},:.;=";
    private static final Map<Character, Character> CLOSERS = Map.of(')', '(', ']', '[', '}', '{');

    private final SourceReader reader;
    private final ConditionLimits limits;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Token> openBrackets = new ArrayDeque<>();

    private Tokenizer(String source, ConditionLimits limits) {
        this.reader = new SourceReader(source);
        this.limits = limits;
    }

    static List<Token> tokenize(String source, ConditionLimits limits) {
        return new Tokenizer(source, limits).run();
    }

    private List<Token> run() {
        while (true) {
            skipBlanksAndComments();
            if (reader.atEnd()) {
                if (!openBrackets.isEmpty()) {
                    Token open = openBrackets.peek();
                    throw new ConditionSyntaxException(open.position(), "'" + open.text() + "' was never closed");
                }
                tokens.add(new Token(TokenKind.END, "", "", reader.position()));
                return tokens;
            }
            readToken();
        }
    }

    private void readToken() {
        char c = reader.peek();
        if (c == '\n' || c == '\r') {
            Position position = reader.position();
            reader.newline();
            if (openBrackets.isEmpty()) {
                tokens.add(new Token(TokenKind.NEWLINE, "\n", "\n", position));
            }
        } else if (c == '\\') {
            lineContinuation();
        } else if (c == '\'' || c == '"') {
            tokens.add(StringLiteral.read(reader, "", reader.position()));
        } else if (Character.isDigit(c) || c == '.' && Character.isDigit(reader.peek(1))) {
            tokens.add(NumberLiteral.read(reader, limits));
        } else if (Character.isUnicodeIdentifierStart(c) || c == '_') {
            nameOrPrefixedString();
        } else {
            operator();
        }
    }

    private void nameOrPrefixedString() {
        Position position = reader.position();
        int start = reader.index();
        while (!reader.atEnd() && (Character.isUnicodeIdentifierPart(reader.peek()) || reader.peek() == '_')) {
            reader.advance();
        }
        String name = reader.text(start);
        if (!reader.atEnd() && (reader.peek() == '\'' || reader.peek() == '"') && StringLiteral.isPrefix(name)) {
            tokens.add(StringLiteral.read(reader, name, position));
            return;
        }
        tokens.add(new Token(TokenKind.NAME, name, name, position));
    }

    private void operator() {
        Position position = reader.position();
        String two = reader.lookahead(2);
        String text;
        if (TWO_CHARACTER_OPERATORS.contains(two)) {
            text = two;
        } else if (ONE_CHARACTER_OPERATORS.indexOf(reader.peek()) >= 0) {
            text = String.valueOf(reader.peek());
        } else {
            int codePoint = reader.codePoint();
            throw new ConditionSyntaxException(
                    position,
                    String.format("invalid character '%s' (U+%04X)", Character.toString(codePoint), codePoint));
        }
        reader.skip(text.length());
        Token token = new Token(TokenKind.OPERATOR, text, text, position);
        trackBrackets(token);
        tokens.add(token);
    }

    private void trackBrackets(Token token) {
        char c = token.text().charAt(0);
        if (token.text().length() != 1) {
            return;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (openBrackets.size() >= limits.maxNestingDepth()) {
                throw new ConditionSyntaxException(
                        token.position(), "too many nested brackets (limit " + limits.maxNestingDepth() + ")");
            }
            openBrackets.push(token);
        } else if (CLOSERS.containsKey(c)) {
            if (openBrackets.isEmpty()) {
                throw new ConditionSyntaxException(token.position(), "unmatched '" + c + "'");
            }
            Token open = openBrackets.pop();
            if (open.text().charAt(0) != CLOSERS.get(c)) {
                throw new ConditionSyntaxException(
                        token.position(),
                        "closing parenthesis '" + c + "' does not match opening parenthesis '" + open.text() + "'");
            }
        }
    }

    private void lineContinuation() {
        Position position = reader.position();
        reader.advance();
        if (reader.atEnd() || reader.peek() != '\n' && reader.peek() != '\r') {
            throw new ConditionSyntaxException(position, "unexpected character after line continuation character");
        }
        reader.newline();
    }

    private void skipBlanksAndComments() {
        while (!reader.atEnd()) {
            char c = reader.peek();
            if (c == ' ' || c == '\t' || c == '\f') {
                reader.advance();
            } else if (c == '#') {
                while (!reader.atEnd() && reader.peek() != '\n' && reader.peek() != '\r') {
                    reader.advance();
                }
            } else {
                return;
            }
        }
    }
}
