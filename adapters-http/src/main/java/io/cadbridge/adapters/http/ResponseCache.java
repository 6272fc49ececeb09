package io.cadbridge.adapters.http;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Successful answers of one integration, reused for {@code resilience.cache.ttl} by a request that is
 * identical in every rendered part: method, URL, query, headers, body and credentials. Keying on the
 * credentials means an answer is only ever reused for a caller holding the same ones. At most
 * {@link #MAX_CHARACTERS} of answer text are kept; the least recently used answers go first.
 */
final class ResponseCache {

    static final long MAX_CHARACTERS = 4L * 1024 * 1024;

    private final Cache<OutboundRequest, CrmResponse> answers;

    /** Entries expire by {@code clock}, so tests can move time along. */
    ResponseCache(Duration ttl, Clock clock) {
        this.answers = CacheBuilder.newBuilder()
                .expireAfterWrite(ttl)
                .maximumWeight(MAX_CHARACTERS)
                .weigher((OutboundRequest request, CrmResponse response) ->
                        response.text().length() + 1)
                .ticker(new ClockTicker(clock))
                .build();
    }

    Optional<CrmResponse> find(OutboundRequest request) {
        return Optional.ofNullable(answers.getIfPresent(request));
    }

    /** Only 2xx answers are kept: an error must be seen again, not replayed. */
    void keep(OutboundRequest request, CrmResponse response) {
        if (response.isSuccessful()) {
            answers.put(request, response);
        }
    }

    private static final class ClockTicker extends Ticker {
        private final Clock clock;

        ClockTicker(Clock clock) {
            this.clock = clock;
        }

        @Override
        public long read() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }
    }
}
