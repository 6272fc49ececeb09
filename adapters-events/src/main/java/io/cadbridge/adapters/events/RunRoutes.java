package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ManageRunsUseCase;
import io.cadbridge.application.port.in.ManageRunsUseCase.RetryOutcome;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.run.RunStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs across integrations: {@code GET /v1/runs?status=failed&limit=50} lists them newest first;
 * {@code POST /v1/runs/{id}/retry} queues a failed run's integration to run again for its event.
 */
final class RunRoutes implements ApiRoutes {

    static final String COLLECTION = "/v1/runs";

    private final ManageRunsUseCase runs;
    private final JsonBodies json;
    private final Audit audit;
    private final RunLogWriter writer = new RunLogWriter();

    @Inject
    RunRoutes(ManageRunsUseCase runs, JsonBodies json, Audit audit) {
        this.audit = requireNonNull(audit, "audit is null");
        this.runs = requireNonNull(runs, "runs is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(COLLECTION, this::list, Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.post(COLLECTION + "/{id}/retry", this::retry, Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void list(Context ctx) {
        int limit = QueryParameters.limit(ctx, RunLogRoutes.DEFAULT_LIMIT, ManageRunsUseCase.MAX_LIMIT);
        json.write(ctx, 200, writer.writeAll(runs.recentRuns(status(ctx), limit)));
    }

    private void retry(Context ctx) {
        UUID id = runId(ctx);
        switch (runs.retry(id)) {
            case RetryOutcome.Queued queued -> {
                ObjectNode answer = JsonNodeFactory.instance
                        .objectNode()
                        .put("runId", queued.run().id().toString())
                        .put("integrationId", queued.run().integrationId().toString())
                        .put("eventId", queued.run().eventId().value())
                        .put("status", "queued");
                audit.record(
                        ctx, "run.retried", new Target("run", id.toString()), Optional.empty(), Optional.of(answer));
                json.write(ctx, 202, answer);
            }
            case RetryOutcome.UnknownRun unknown ->
                throw new ApiException(ApiError.NOT_FOUND, "no run has id " + unknown.runId());
            case RetryOutcome.NotFailed notFailed ->
                throw new ApiException(
                        ApiError.CONFLICT,
                        "run " + id + " " + notFailed.run().status().wireName() + "; only failed runs are retried");
            case RetryOutcome.NotReplayable old ->
                throw new ApiException(
                        ApiError.CONFLICT,
                        "run " + id
                                + " was recorded before cadbridge kept events durably; its event cannot be run again");
        }
    }

    private static Optional<RunStatus> status(Context ctx) {
        return QueryParameters.single(ctx, "status")
                .map(text -> Arrays.stream(RunStatus.values())
                        .filter(status -> status.wireName().equals(text))
                        .findFirst()
                        .orElseThrow(() -> QueryParameters.invalid(
                                "status",
                                "must be one of "
                                        + Arrays.stream(RunStatus.values())
                                                .map(RunStatus::wireName)
                                                .collect(Collectors.joining(", "))
                                        + ", not \"" + text + "\"")));
    }

    private static UUID runId(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            // Like an unknown run: an id that is not a UUID names none (see PathParameters).
            throw new ApiException(ApiError.NOT_FOUND, "no run has id " + text);
        }
    }
}
