package io.cadbridge.bootstrap;

/** A setting that stops the service from starting; the message names the variable and says what is wrong. */
public final class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
