package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cadbridge.application.port.in.CheckReadinessUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Probes, without a token: {@code GET /v1/health/live} answers as long as the process serves HTTP and
 * never touches the database; {@code GET /v1/health/ready} answers {@code 503} with the reason while
 * the database does not answer (within two seconds of losing it) and {@code 200} again once it does.
 */
final class HealthRoutes implements ApiRoutes {

    private final CheckReadinessUseCase readiness;
    private final JsonBodies json;

    @Inject
    HealthRoutes(CheckReadinessUseCase readiness, JsonBodies json) {
        this.readiness = requireNonNull(readiness, "readiness is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                ApiServer.HEALTH_PATH + "/live",
                ctx -> json.write(
                        ctx, 200, JsonNodeFactory.instance.objectNode().put("status", "up")),
                Access.OPEN);
        routes.get(ApiServer.HEALTH_PATH + "/ready", this::ready, Access.OPEN);
    }

    private void ready(Context ctx) {
        Optional<String> notReady = readiness.notReadyBecause();
        ctx.header("Cache-Control", "no-store");
        if (notReady.isPresent()) {
            json.write(
                    ctx,
                    503,
                    JsonNodeFactory.instance
                            .objectNode()
                            .put("status", "not ready")
                            .put("reason", notReady.get()));
        } else {
            json.write(ctx, 200, JsonNodeFactory.instance.objectNode().put("status", "ready"));
        }
    }
}
