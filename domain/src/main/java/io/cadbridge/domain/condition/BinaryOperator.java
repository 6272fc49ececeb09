package io.cadbridge.domain.condition;

import java.util.Arrays;
import java.util.Optional;

enum BinaryOperator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    TRUE_DIVIDE("/"),
    FLOOR_DIVIDE("//"),
    MODULO("%"),
    POWER("**"),
    LEFT_SHIFT("<<"),
    RIGHT_SHIFT(">>"),
    BIT_AND("&"),
    BIT_OR("|"),
    BIT_XOR("^");

    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    static Optional<BinaryOperator> bySymbol(String symbol) {
        return Arrays.stream(values())
                .filter(operator -> operator.symbol.equals(symbol))
                .findFirst();
    }
}
