package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.TokenSecret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Making, listing and revoking API tokens (administrators only). */
public interface ManageTokensUseCase {

    /** A new token; its secret is in the answer and nowhere else. */
    CreatedToken create(NewToken request);

    /** Every token made through the API, without secrets. */
    List<ApiToken> list();

    /** Revokes a token at once in this process, within {@code TokenService.RECHECK} in the others; false when unknown. */
    boolean revoke(UUID id);

    record NewToken(String name, Set<Scope> scopes, Optional<Instant> expiresAt) {
        public NewToken {
            requireNonNull(name, "name is null");
            scopes = Set.copyOf(requireNonNull(scopes, "scopes is null"));
            requireNonNull(expiresAt, "expiresAt is null");
        }
    }

    record CreatedToken(ApiToken token, TokenSecret secret) {
        public CreatedToken {
            requireNonNull(token, "token is null");
            requireNonNull(secret, "secret is null");
        }
    }
}
