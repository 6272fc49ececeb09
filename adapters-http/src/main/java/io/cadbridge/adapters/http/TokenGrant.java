package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/** An access token as the token endpoint granted it, with its {@code expires_in} when the server gave one. Never printed. */
record TokenGrant(String accessToken, Optional<Duration> lifetime, Optional<String> instanceUrl) {

    TokenGrant {
        requireNonNull(accessToken, "accessToken is null");
        requireNonNull(lifetime, "lifetime is null");
        requireNonNull(instanceUrl, "instanceUrl is null");
    }

    TokenGrant(String accessToken, Optional<Duration> lifetime) {
        this(accessToken, lifetime, Optional.empty());
    }

    String authorization() {
        return "Bearer " + accessToken;
    }

    @Override
    public String toString() {
        return "TokenGrant[accessToken=****, lifetime=" + lifetime + ", instanceUrl=" + instanceUrl + "]";
    }
}
