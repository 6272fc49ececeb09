package io.cadbridge.domain.condition;

enum TokenKind {
    NAME,
    INTEGER,
    FLOAT,
    STRING,
    OPERATOR,
    NEWLINE,
    END
}
