package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.Resilience;
import java.time.Duration;

/** What an integration's guard is built from: its resilience settings and its timeout (how long a rate-limited call may wait). */
record GuardSettings(Resilience resilience, Duration timeout) {

    GuardSettings {
        requireNonNull(resilience, "resilience is null");
        requireNonNull(timeout, "timeout is null");
    }

    static GuardSettings of(OutboundRequest request) {
        return new GuardSettings(request.resilience(), request.timeout());
    }
}
