package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses what follows an atom: call arguments {@code (…)} and subscripts {@code […]}. */
final class TrailerParser {

    private final Parser parser;
    private final TokenStream tokens;
    private final DisplayParser displays;

    TrailerParser(Parser parser, TokenStream tokens, DisplayParser displays) {
        this.parser = parser;
        this.tokens = tokens;
        this.displays = displays;
    }

    Expr call(Expr callee, Token open) {
        List<Expr> arguments = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        Set<String> keywordNames = new HashSet<>();
        while (!tokens.accept(")")) {
            if (tokens.atOperator("*") || tokens.atOperator("**")) {
                throw tokens.error(tokens.peek(), "argument unpacking is not supported in conditions");
            }
            if (tokens.peek().kind() == TokenKind.NAME && tokens.peek(1).isOperator("=")) {
                Token name = tokens.expectName("expected an argument name");
                tokens.next();
                if (!keywordNames.add(name.text())) {
                    throw tokens.error(name, "keyword argument repeated: " + name.text());
                }
                keywords.add(new Expr.Keyword(name.text(), parser.expression()));
            } else {
                Token start = tokens.peek();
                if (!keywords.isEmpty()) {
                    throw tokens.error(start, "positional argument follows keyword argument");
                }
                Expr argument = parser.expression();
                if (tokens.atKeyword("for")) {
                    argument =
                            displays.comprehension(Expr.ComprehensionKind.GENERATOR, argument, Optional.empty(), start);
                }
                arguments.add(argument);
            }
            if (!tokens.atOperator(")")) {
                tokens.expect(",", "expected ',' or ')' in the call");
            }
        }
        return new Expr.Call(callee, arguments, keywords, open.position());
    }

    /** The inside of {@code [...]}: an index, a slice, or a tuple key. */
    Expr subscript() {
        Token start = tokens.peek();
        Expr first = sliceOrExpression();
        if (!tokens.atOperator(",")) {
            return first;
        }
        List<Expr> elements = new ArrayList<>(List.of(first));
        while (tokens.accept(",") && !tokens.atOperator("]")) {
            elements.add(sliceOrExpression());
        }
        if (elements.stream().anyMatch(Expr.Slice.class::isInstance)) {
            throw tokens.error(start, "multi-dimensional slices are not supported");
        }
        return new Expr.Display(Expr.DisplayKind.TUPLE, elements, start.position());
    }

    private Expr sliceOrExpression() {
        Token start = tokens.peek();
        Optional<Expr> lower = tokens.atOperator(":") ? Optional.empty() : Optional.of(parser.expression());
        if (!tokens.accept(":")) {
            return lower.orElseThrow();
        }
        Optional<Expr> upper = boundary();
        Optional<Expr> step = tokens.accept(":") ? boundary() : Optional.empty();
        return new Expr.Slice(lower, upper, step, start.position());
    }

    private Optional<Expr> boundary() {
        if (tokens.atOperator(":") || tokens.atOperator("]") || tokens.atOperator(",")) {
            return Optional.empty();
        }
        return Optional.of(parser.expression());
    }
}
