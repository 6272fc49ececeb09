package io.cadbridge.domain.condition;

/** Python's {@code None}. */
enum PyNone {
    NONE
}
