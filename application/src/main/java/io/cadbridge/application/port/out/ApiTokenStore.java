package io.cadbridge.application.port.out;

import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.SigningSecrets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The API tokens made through the API, each kept with the digest of its secret, never the secret. */
public interface ApiTokenStore {

    void add(ApiToken token, byte[] secretDigest);

    /** The token whose secret has this digest, if it was not revoked. */
    Optional<ApiToken> findByDigest(byte[] secretDigest);

    /** The token with this id, if it was not revoked. */
    Optional<ApiToken> find(UUID id);

    /** Every token, oldest first. */
    List<ApiToken> list();

    /** Revokes the token; false when there is none with this id. */
    boolean delete(UUID id);

    /**
     * Keeps the secrets the token's sender signs its events with (sealed like every secret), or, when
     * empty, forgets them; false when there is no token with this id.
     */
    boolean changeSigning(UUID id, Optional<SigningSecrets> signing);

    /** Notes that the token was used at {@code at}. */
    void used(UUID id, Instant at);
}
