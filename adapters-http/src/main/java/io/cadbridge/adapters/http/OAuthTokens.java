package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.domain.exchange.OAuthClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.OkHttpClient;

/**
 * Bearer tokens per OAuth client (token URL, client id, secret and scopes), reused until {@link #MARGIN}
 * before they expire; a token granted without {@code expires_in} is kept {@link #DEFAULT_LIFETIME}.
 * One fetch at a time per client: callers that find the token stale wait for the first one's fetch
 * instead of each asking the server. The secret is part of the key so that a token is only ever
 * reused by a caller that holds the secret it was granted for.
 */
final class OAuthTokens {

    /** Room for clock skew and for the CRM call itself: a token this close to expiry is not used. */
    static final Duration MARGIN = Duration.ofSeconds(30);

    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<OAuthClient, Slot> slots = new ConcurrentHashMap<>();

    OAuthTokens(Clock clock) {
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** The cached token, or a new one fetched on {@code http} (the CRM call's client: same proxy and TLS). */
    TokenGrant token(OAuthClient client, OkHttpClient http, CallTimeout timeout) throws CrmCallException {
        Slot slot = slots.computeIfAbsent(requireNonNull(client, "client is null"), key -> new Slot());
        slot.lock.lock();
        try {
            Instant now = clock.instant();
            if (slot.grant != null && now.isBefore(slot.staleAt)) {
                return slot.grant;
            }
            slot.grant = null;
            TokenGrant grant = TokenEndpoint.fetch(client, http, timeout);
            // Counted from before the request, so a slow answer errs on the early side.
            slot.staleAt = now.plus(grant.lifetime().orElse(DEFAULT_LIFETIME)).minus(MARGIN);
            slot.grant = grant;
            return grant;
        } finally {
            slot.lock.unlock();
        }
    }

    /** Forgets {@code rejected} (the CRM said 401), unless another caller already replaced it with a newer token. */
    void discard(OAuthClient client, TokenGrant rejected) {
        Slot slot = slots.get(requireNonNull(client, "client is null"));
        if (slot == null) {
            return;
        }
        slot.lock.lock();
        try {
            if (rejected.equals(slot.grant)) {
                slot.grant = null;
            }
        } finally {
            slot.lock.unlock();
        }
    }

    /** A lock rather than {@code synchronized}: on Java 21 a virtual thread doing I/O inside {@code synchronized} pins its carrier. */
    private static final class Slot {
        private final ReentrantLock lock = new ReentrantLock();
        private TokenGrant grant;
        private Instant staleAt = Instant.MIN;
    }
}
