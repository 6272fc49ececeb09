package io.cadbridge.domain.condition;

enum CompareOperator {
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    EQUAL("=="),
    NOT_EQUAL("!="),
    IN("in"),
    NOT_IN("not in"),
    IS("is"),
    IS_NOT("is not");

    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }
}
