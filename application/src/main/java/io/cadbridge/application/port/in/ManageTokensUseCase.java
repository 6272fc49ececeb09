package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.SigningSecret;
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

    /**
     * Gives the token's sender a new signing secret ({@code given}, or a generated one): it becomes the
     * current one, and the current one stays accepted until {@link #removePreviousSigningSecret}.
     * Only a token that may send events ({@code events:write}) signs.
     */
    SigningChange addSigningSecret(UUID id, Optional<SigningSecret> given);

    /** Ends a rotation: only the current signing secret is accepted from now on. */
    SigningChange removePreviousSigningSecret(UUID id);

    /** The token's events are no longer signed (nor are signatures checked). */
    SigningChange removeSigningSecrets(UUID id);

    /** What became of a change to a token's signing secrets. */
    sealed interface SigningChange {
        /** {@code secret} is current; {@code secrets} are accepted (2 during a rotation). */
        record Added(SigningSecret secret, int secrets) implements SigningChange {
            public Added {
                requireNonNull(secret, "secret is null");
            }
        }

        record Removed() implements SigningChange {}

        record UnknownToken() implements SigningChange {}

        /** The token lacks {@code events:write}: nothing it sends is an event to sign. */
        record CannotSendEvents(ApiToken token) implements SigningChange {
            public CannotSendEvents {
                requireNonNull(token, "token is null");
            }
        }

        /** There is no such secret to remove. */
        record NothingToRemove(ApiToken token) implements SigningChange {
            public NothingToRemove {
                requireNonNull(token, "token is null");
            }
        }
    }

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
