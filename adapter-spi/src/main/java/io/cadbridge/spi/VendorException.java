package io.cadbridge.spi;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/** A lookup that cannot give the agent anything, with the reason an administrator can act on. */
public final class VendorException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The vendor's rate limit: HTTP 429, Salesforce's 403 {@code REQUEST_LIMIT_EXCEEDED}. */
        THROTTLED,
        /** Credentials refused even after a new token. */
        UNAUTHORIZED,
        /** No answer, or a server error. */
        UNAVAILABLE,
        /** Any other refusal (4xx). */
        REFUSED,
        /** An answer the adapter cannot read. */
        BAD_ANSWER
    }

    private final Kind kind;
    private final OptionalInt status;

    public VendorException(Kind kind, String message, OptionalInt status) {
        super(requireNonNull(message, "message is null"));
        this.kind = requireNonNull(kind, "kind is null");
        this.status = requireNonNull(status, "status is null");
    }

    public VendorException(Kind kind, String message) {
        this(kind, message, OptionalInt.empty());
    }

    /** The usual reading of a failed answer; see {@link VendorResponse#body(String)}. */
    public static VendorException forStatus(String purpose, VendorResponse response) {
        int status = response.status();
        Kind kind = switch (status) {
            case 401, 403 -> Kind.UNAUTHORIZED;
            case 429 -> Kind.THROTTLED;
            default -> status >= 500 ? Kind.UNAVAILABLE : Kind.REFUSED;
        };
        return new VendorException(kind, purpose + ": the vendor answered HTTP " + status, OptionalInt.of(status));
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status of the answer that failed, when there was one. */
    public OptionalInt status() {
        return status;
    }
}
