package io.cadbridge.domain.condition;

/** A Python exception raised while evaluating a condition; it never leaves {@link Condition#evaluate}. */
final class PythonError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;

    PythonError(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    String type() {
        return type;
    }

    /** {@code Type: message}, as Python prints the last line of a traceback. */
    String pythonMessage() {
        return getMessage().isEmpty() ? type : type + ": " + getMessage();
    }

    static PythonError typeError(String message) {
        return new PythonError("TypeError", message);
    }

    static PythonError valueError(String message) {
        return new PythonError("ValueError", message);
    }

    static PythonError overflow(String message) {
        return new PythonError("OverflowError", message);
    }

    static PythonError zeroDivision(String message) {
        return new PythonError("ZeroDivisionError", message);
    }

    static PythonError indexError(String message) {
        return new PythonError("IndexError", message);
    }

    static PythonError attributeError(String message) {
        return new PythonError("AttributeError", message);
    }
}
