package io.cadbridge.application.port.out;

/** The database cannot be reached (down, restarting, no free connection in time): try again later. */
public final class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
