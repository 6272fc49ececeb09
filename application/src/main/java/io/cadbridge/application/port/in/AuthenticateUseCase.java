package io.cadbridge.application.port.in;

import io.cadbridge.domain.access.ApiToken;

/** Who presents a secret: the token it belongs to, or why it is refused. */
public interface AuthenticateUseCase {

    Authentication authenticate(String secret);

    sealed interface Authentication {
        record Authenticated(ApiToken token) implements Authentication {}

        /** No token has this secret (it was never made, or it was revoked). */
        record Unknown() implements Authentication {}

        record Expired(ApiToken token) implements Authentication {}
    }
}
