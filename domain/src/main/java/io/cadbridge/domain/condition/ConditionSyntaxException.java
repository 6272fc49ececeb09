package io.cadbridge.domain.condition;

/**
 * A condition that cannot be compiled: a syntax error, an unknown name, an unknown getter or method,
 * or a wrong number of arguments. The message already says where: {@code line 1, column 9: …}.
 */
public final class ConditionSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String detail;

    ConditionSyntaxException(int line, int column, String detail) {
        super("line " + line + ", column " + column + ": " + detail);
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    ConditionSyntaxException(Position position, String detail) {
        this(position.line(), position.column(), detail);
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem. */
    public int column() {
        return column;
    }

    /** The message without its position. */
    public String detail() {
        return detail;
    }
}
