package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ManageRunsUseCase;
import io.cadbridge.application.port.in.ReadRunLogUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.integration.IntegrationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;

/** {@code GET /v1/integrations/{id}/runs?limit=50}: what an integration did, newest first. */
final class RunLogRoutes implements ApiRoutes {

    static final int DEFAULT_LIMIT = 50;

    private final ReadRunLogUseCase runLog;
    private final JsonBodies json;
    private final RunLogWriter writer = new RunLogWriter();

    /** The composition root binds the one runs service as {@link ManageRunsUseCase}; these routes only read its log. */
    @Inject
    RunLogRoutes(ManageRunsUseCase runLog, JsonBodies json) {
        this.runLog = requireNonNull(runLog, "runLog is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(IntegrationRoutes.COLLECTION + "/{id}/runs", this::read, Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void read(Context ctx) {
        IntegrationId id = PathParameters.integrationId(ctx);
        int limit = QueryParameters.limit(ctx, DEFAULT_LIMIT, ReadRunLogUseCase.MAX_LIMIT);
        json.write(
                ctx,
                200,
                writer.writeAll(runLog.recentRuns(id, limit).orElseThrow(() -> PathParameters.noIntegration(id))));
    }
}
