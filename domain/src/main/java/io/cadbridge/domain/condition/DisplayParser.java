package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Parses atoms: names, literals, bracketed displays and comprehensions. */
final class DisplayParser {

    private final Parser parser;
    private final TokenStream tokens;

    DisplayParser(Parser parser, TokenStream tokens) {
        this.parser = parser;
        this.tokens = tokens;
    }

    Expr atom() {
        Token token = tokens.peek();
        switch (token.kind()) {
            case INTEGER, FLOAT -> {
                tokens.next();
                return new Expr.Constant(token.value(), token.position());
            }
            case STRING -> {
                return strings();
            }
            case NAME -> {
                return name(token);
            }
            case OPERATOR -> {
                return bracketed(token);
            }
            case END -> throw tokens.error(token, "unexpected end of condition: an expression is missing");
            default -> throw tokens.unexpected();
        }
    }

    private Expr name(Token token) {
        switch (token.text()) {
            case "True" -> {
                tokens.next();
                return new Expr.Constant(Boolean.TRUE, token.position());
            }
            case "False" -> {
                tokens.next();
                return new Expr.Constant(Boolean.FALSE, token.position());
            }
            case "None" -> {
                tokens.next();
                return new Expr.Constant(PyNone.NONE, token.position());
            }
            default -> {
                if (TokenStream.KEYWORDS.contains(token.text())) {
                    throw tokens.unexpected();
                }
                tokens.next();
                return new Expr.Name(token.text(), token.position());
            }
        }
    }

    /** Adjacent string literals are one string, as in Python: {@code 'a' 'b' == 'ab'}. */
    private Expr strings() {
        Token first = tokens.next();
        StringBuilder value = new StringBuilder((String) first.value());
        while (tokens.peek().kind() == TokenKind.STRING) {
            value.append((String) tokens.next().value());
        }
        return new Expr.Constant(value.toString(), first.position());
    }

    private Expr bracketed(Token token) {
        if (tokens.accept("(")) {
            return parenthesized(token);
        }
        if (tokens.accept("[")) {
            return list(token);
        }
        if (tokens.accept("{")) {
            return braces(token);
        }
        if (token.isOperator("*") || token.isOperator("**")) {
            throw tokens.error(token, "unpacking with '" + token.text() + "' is not supported in conditions");
        }
        throw tokens.unexpected();
    }

    private Expr parenthesized(Token open) {
        if (tokens.accept(")")) {
            return new Expr.Display(Expr.DisplayKind.TUPLE, List.of(), open.position());
        }
        Expr first = parser.expression();
        if (tokens.atKeyword("for")) {
            Expr generator = comprehension(Expr.ComprehensionKind.GENERATOR, first, Optional.empty(), open);
            tokens.expect(")", "expected ')' after the generator expression");
            return generator;
        }
        if (tokens.accept(")")) {
            return first;
        }
        tokens.expect(",", "expected ',' or ')'");
        List<Expr> elements = new ArrayList<>(List.of(first));
        elements.addAll(elementsUntil(")"));
        return new Expr.Display(Expr.DisplayKind.TUPLE, elements, open.position());
    }

    private Expr list(Token open) {
        if (tokens.accept("]")) {
            return new Expr.Display(Expr.DisplayKind.LIST, List.of(), open.position());
        }
        Expr first = parser.expression();
        if (tokens.atKeyword("for")) {
            Expr comprehension = comprehension(Expr.ComprehensionKind.LIST, first, Optional.empty(), open);
            tokens.expect("]", "expected ']' after the list comprehension");
            return comprehension;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        if (!tokens.accept("]")) {
            tokens.expect(",", "expected ',' or ']'");
            elements.addAll(elementsUntil("]"));
        }
        return new Expr.Display(Expr.DisplayKind.LIST, elements, open.position());
    }

    private List<Expr> elementsUntil(String closer) {
        List<Expr> elements = new ArrayList<>();
        while (!tokens.accept(closer)) {
            elements.add(parser.expression());
            if (!tokens.atOperator(closer)) {
                tokens.expect(",", "expected ',' or '" + closer + "'");
            }
        }
        return elements;
    }

    private Expr braces(Token open) {
        if (tokens.accept("}")) {
            return new Expr.DictDisplay(List.of(), List.of(), open.position());
        }
        Expr first = parser.expression();
        if (!tokens.accept(":")) {
            return set(open, first);
        }
        Expr firstValue = parser.expression();
        if (tokens.atKeyword("for")) {
            Expr comprehension = comprehension(Expr.ComprehensionKind.DICT, first, Optional.of(firstValue), open);
            tokens.expect("}", "expected '}' after the dict comprehension");
            return comprehension;
        }
        List<Expr> keys = new ArrayList<>(List.of(first));
        List<Expr> values = new ArrayList<>(List.of(firstValue));
        while (tokens.accept(",") && !tokens.atOperator("}")) {
            keys.add(parser.expression());
            tokens.expect(":", "expected ':' after a dict key");
            values.add(parser.expression());
        }
        tokens.expect("}", "expected ',' or '}'");
        return new Expr.DictDisplay(keys, values, open.position());
    }

    private Expr set(Token open, Expr first) {
        if (tokens.atKeyword("for")) {
            Expr comprehension = comprehension(Expr.ComprehensionKind.SET, first, Optional.empty(), open);
            tokens.expect("}", "expected '}' after the set comprehension");
            return comprehension;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        if (!tokens.accept("}")) {
            tokens.expect(",", "expected ',' or '}'");
            elements.addAll(elementsUntil("}"));
        }
        return new Expr.Display(Expr.DisplayKind.SET, elements, open.position());
    }

    Expr comprehension(Expr.ComprehensionKind kind, Expr element, Optional<Expr> value, Token open) {
        List<Expr.ForClause> clauses = new ArrayList<>();
        while (tokens.acceptKeyword("for")) {
            List<String> targets = new ArrayList<>();
            boolean unpack = targets(targets);
            if (!tokens.acceptKeyword("in")) {
                throw tokens.error(tokens.peek(), "expected 'in' in the comprehension");
            }
            Expr iterable = parser.disjunction();
            List<Expr> conditions = new ArrayList<>();
            while (tokens.acceptKeyword("if")) {
                conditions.add(parser.disjunction());
            }
            clauses.add(new Expr.ForClause(targets, unpack, iterable, conditions));
        }
        return new Expr.Comprehension(kind, element, value, clauses, open.position());
    }

    /** Reads {@code x} or {@code k, v} or {@code (k, v)}; returns whether the target unpacks a tuple. */
    private boolean targets(List<String> names) {
        boolean parenthesized = tokens.accept("(");
        names.add(tokens.expectName("expected a name after 'for'").text());
        boolean unpack = parenthesized;
        while (tokens.accept(",")) {
            unpack = true;
            if (tokens.peek().kind() != TokenKind.NAME || tokens.atKeyword("in")) {
                break;
            }
            names.add(tokens.expectName("expected a name in the comprehension target")
                    .text());
        }
        if (parenthesized) {
            tokens.expect(")", "expected ')' after the comprehension target");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw tokens.error(tokens.peek(), "a name appears twice in the comprehension target");
        }
        return unpack;
    }
}
