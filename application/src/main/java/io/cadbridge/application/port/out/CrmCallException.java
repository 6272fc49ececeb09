package io.cadbridge.application.port.out;

import static java.util.Objects.requireNonNull;

/** A CRM call that produced no HTTP answer: timeout, refused connection, open circuit, unreadable body, no token, unsendable request, limit reached. */
public final class CrmCallException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the call failed, in terms an administrator can act on. */
    public enum Kind {
        TIMEOUT,
        CONNECTION,
        CIRCUIT_OPEN,
        INVALID_RESPONSE,
        /** No usable credentials for the CRM: its OAuth token endpoint refused or gave an unusable answer. */
        AUTHENTICATION,
        /** The rendered request cannot be sent at all (a malformed URL, a header value HTTP cannot carry, an address the SSRF guard refuses). */
        INVALID_REQUEST,
        /** Not sent because the integration's own limit was reached: all its concurrent calls are in use, or its rate limit. */
        LIMIT_REACHED
    }

    private final Kind kind;

    public CrmCallException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = requireNonNull(kind, "kind is null");
    }

    public CrmCallException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
