package io.cadbridge.domain.condition;

/** A 1-based line and column in a condition's source. */
record Position(int line, int column) {}
