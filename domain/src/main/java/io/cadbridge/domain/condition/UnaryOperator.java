package io.cadbridge.domain.condition;

enum UnaryOperator {
    NEGATE("-"),
    PLUS("+"),
    INVERT("~");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }
}
