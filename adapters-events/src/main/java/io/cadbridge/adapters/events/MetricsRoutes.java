package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.access.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * {@code GET /metrics} (scope {@code metrics:read}): every meter in the Prometheus text format, or in
 * OpenMetrics when the scraper's {@code Accept} header asks for it (Prometheus does by default).
 */
final class MetricsRoutes implements ApiRoutes {

    static final String PATH = "/metrics";
    private static final String OPEN_METRICS = "application/openmetrics-text";
    /** The content types the Prometheus client's format writers answer to. */
    private static final String OPEN_METRICS_1 = OPEN_METRICS + "; version=1.0.0; charset=utf-8";

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    @Inject
    MetricsRoutes(PrometheusMeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::scrape, Access.needs(Scope.METRICS_READ));
    }

    private void scrape(Context ctx) {
        boolean openMetrics = Optional.ofNullable(ctx.header("Accept"))
                .filter(accept -> accept.contains(OPEN_METRICS))
                .isPresent();
        String contentType = openMetrics ? OPEN_METRICS_1 : PROMETHEUS_TEXT;
        ctx.status(200).contentType(contentType).header("Cache-Control", "no-store");
        ctx.result(registry.scrape(contentType));
    }
}
