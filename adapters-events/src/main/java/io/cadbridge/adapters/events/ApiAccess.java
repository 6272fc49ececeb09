package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

/** The bearer token every {@code /v1/**} call except the health check must present. */
public record ApiAccess(String bearerToken) {

    public ApiAccess {
        requireNonNull(bearerToken, "bearerToken is null");
        if (bearerToken.isBlank()) {
            throw new IllegalArgumentException("the bearer token must not be blank");
        }
    }

    /** Masks the token so that logging the configuration never leaks it. */
    @Override
    public String toString() {
        return "ApiAccess[bearerToken=****]";
    }
}
