package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Recursive-descent parser for Python 3.12 expressions, following its operator precedence. */
final class Parser {

    private final TokenStream tokens;
    private final DisplayParser displays;
    private final TrailerParser trailers;

    private Parser(List<Token> tokens, ConditionLimits limits) {
        this.tokens = new TokenStream(tokens, limits.maxNestingDepth());
        this.displays = new DisplayParser(this, this.tokens);
        this.trailers = new TrailerParser(this, this.tokens, displays);
    }

    static Expr parse(List<Token> tokens, ConditionLimits limits) {
        Parser parser = new Parser(tokens, limits);
        parser.tokens.skipNewlines();
        if (parser.tokens.peek().kind() == TokenKind.END) {
            throw new ConditionSyntaxException(1, 1, "a condition cannot be empty");
        }
        Expr expression = parser.expressionOrTuple();
        parser.tokens.skipNewlines();
        if (parser.tokens.peek().kind() != TokenKind.END) {
            throw parser.tokens.unexpected();
        }
        return expression;
    }

    /** A top-level expression; {@code a, b} is a tuple as in Python's {@code eval}. */
    private Expr expressionOrTuple() {
        Expr first = expression();
        if (!tokens.atOperator(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (tokens.accept(",") && startsExpression()) {
            elements.add(expression());
        }
        return new Expr.Display(Expr.DisplayKind.TUPLE, elements, first.position());
    }

    boolean startsExpression() {
        Token token = tokens.peek();
        return switch (token.kind()) {
            case NAME ->
                !TokenStream.KEYWORDS.contains(token.text())
                        || token.text().equals("not")
                        || token.text().equals("True")
                        || token.text().equals("False")
                        || token.text().equals("None")
                        || token.text().equals("lambda");
            case INTEGER, FLOAT, STRING -> true;
            case OPERATOR -> "([{-+~".contains(token.text()) && token.text().length() == 1;
            case NEWLINE, END -> false;
        };
    }

    Expr expression() {
        tokens.enter();
        try {
            if (tokens.atKeyword("lambda")) {
                throw tokens.error(tokens.peek(), "lambda is not supported in conditions");
            }
            Expr body = disjunction();
            if (!tokens.atKeyword("if")) {
                return body;
            }
            tokens.next();
            Expr test = disjunction();
            if (!tokens.acceptKeyword("else")) {
                throw tokens.error(tokens.peek(), "expected 'else' after 'if' expression");
            }
            return new Expr.Conditional(test, body, expression(), body.position());
        } finally {
            tokens.exit();
        }
    }

    Expr disjunction() {
        return booleanChain("or", false);
    }

    private Expr booleanChain(String keyword, boolean conjunction) {
        Expr first = conjunction ? inversion() : booleanChain("and", true);
        if (!tokens.atKeyword(keyword)) {
            return first;
        }
        List<Expr> operands = new ArrayList<>(List.of(first));
        while (tokens.acceptKeyword(keyword)) {
            operands.add(conjunction ? inversion() : booleanChain("and", true));
        }
        return new Expr.BoolOp(conjunction, operands, first.position());
    }

    private Expr inversion() {
        if (!tokens.atKeyword("not")) {
            return comparison();
        }
        Token not = tokens.next();
        tokens.enter();
        try {
            return new Expr.Not(inversion(), not.position());
        } finally {
            tokens.exit();
        }
    }

    private Expr comparison() {
        Expr first = binary(0);
        List<CompareOperator> operators = new ArrayList<>();
        List<Expr> operands = new ArrayList<>();
        for (Optional<CompareOperator> operator = compareOperator();
                operator.isPresent();
                operator = compareOperator()) {
            operators.add(operator.get());
            operands.add(binary(0));
        }
        return operators.isEmpty() ? first : new Expr.Compare(first, operators, operands, first.position());
    }

    private Optional<CompareOperator> compareOperator() {
        Token token = tokens.peek();
        CompareOperator operator = switch (token.text()) {
            case "<" -> CompareOperator.LESS;
            case "<=" -> CompareOperator.LESS_OR_EQUAL;
            case ">" -> CompareOperator.GREATER;
            case ">=" -> CompareOperator.GREATER_OR_EQUAL;
            case "==" -> CompareOperator.EQUAL;
            case "!=" -> CompareOperator.NOT_EQUAL;
            case "in" -> CompareOperator.IN;
            case "is" -> tokens.peek(1).isKeyword("not") ? CompareOperator.IS_NOT : CompareOperator.IS;
            case "not" -> tokens.peek(1).isKeyword("in") ? CompareOperator.NOT_IN : null;
            default -> null;
        };
        if (operator == null || token.kind() == TokenKind.STRING) {
            return Optional.empty();
        }
        tokens.next();
        if (operator == CompareOperator.IS_NOT || operator == CompareOperator.NOT_IN) {
            tokens.next();
        }
        return Optional.of(operator);
    }

    /** Left-associative binary levels from {@code |} down to {@code * / // %}. */
    private static final List<List<String>> LEVELS = List.of(
            List.of("|"),
            List.of("^"),
            List.of("&"),
            List.of("<<", ">>"),
            List.of("+", "-"),
            List.of("*", "/", "//", "%", "@"));

    private Expr binary(int level) {
        if (level == LEVELS.size()) {
            return factor();
        }
        Expr left = binary(level + 1);
        while (tokens.peek().kind() == TokenKind.OPERATOR
                && LEVELS.get(level).contains(tokens.peek().text())) {
            Token operator = tokens.next();
            if (operator.text().equals("@")) {
                throw tokens.error(operator, "the matrix multiplication operator '@' is not supported");
            }
            Expr right = binary(level + 1);
            left = new Expr.Binary(
                    BinaryOperator.bySymbol(operator.text()).orElseThrow(), left, right, operator.position());
        }
        return left;
    }

    private Expr factor() {
        Token token = tokens.peek();
        UnaryOperator operator = token.kind() != TokenKind.OPERATOR
                ? null
                : switch (token.text()) {
                    case "-" -> UnaryOperator.NEGATE;
                    case "+" -> UnaryOperator.PLUS;
                    case "~" -> UnaryOperator.INVERT;
                    default -> null;
                };
        if (operator == null) {
            return power();
        }
        tokens.next();
        tokens.enter();
        try {
            return new Expr.Unary(operator, factor(), token.position());
        } finally {
            tokens.exit();
        }
    }

    private Expr power() {
        Expr base = primary();
        if (!tokens.atOperator("**")) {
            return base;
        }
        Token operator = tokens.next();
        return new Expr.Binary(BinaryOperator.POWER, base, factor(), operator.position());
    }

    private Expr primary() {
        Expr expression = displays.atom();
        while (true) {
            Token token = tokens.peek();
            if (tokens.accept(".")) {
                Token name = tokens.expectName("expected an attribute name after '.'");
                expression = new Expr.Attribute(expression, name.text(), name.position());
            } else if (tokens.accept("(")) {
                expression = trailers.call(expression, token);
            } else if (tokens.accept("[")) {
                expression = new Expr.Subscript(expression, trailers.subscript(), token.position());
                tokens.expect("]", "expected ']'");
            } else {
                return expression;
            }
        }
    }
}
