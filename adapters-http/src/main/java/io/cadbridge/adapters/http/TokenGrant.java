package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/** An access token as the token endpoint granted it, with its {@code expires_in} when the server gave one. Never printed. */
record TokenGrant(String accessToken, Optional<Duration> lifetime) {

    TokenGrant {
        requireNonNull(accessToken, "accessToken is null");
        requireNonNull(lifetime, "lifetime is null");
    }

    String authorization() {
        return "Bearer " + accessToken;
    }

    @Override
    public String toString() {
        return "TokenGrant[accessToken=****, lifetime=" + lifetime + "]";
    }
}
