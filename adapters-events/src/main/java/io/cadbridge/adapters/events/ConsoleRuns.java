package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ManageRunsUseCase;
import io.cadbridge.application.port.in.ManageRunsUseCase.RetryOutcome;
import io.cadbridge.application.port.in.ReadCircuitBreakerUseCase;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.run.Run;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The console's runs of an integration, with a retry for each failed one, and its circuit breaker. */
final class ConsoleRuns implements ApiRoutes {

    private static final String INTEGRATIONS = ConsoleRoutes.INTEGRATIONS;

    private final ManageIntegrationsUseCase integrations;
    private final ManageRunsUseCase runs;
    private final ReadCircuitBreakerUseCase breakers;
    private final ConsolePages console;
    private final Audit audit;

    @Inject
    ConsoleRuns(
            ManageIntegrationsUseCase integrations,
            ManageRunsUseCase runs,
            ReadCircuitBreakerUseCase breakers,
            ConsolePages console,
            Audit audit) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.runs = requireNonNull(runs, "runs is null");
        this.breakers = requireNonNull(breakers, "breakers is null");
        this.console = requireNonNull(console, "console is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(INTEGRATIONS + "/{id}/runs", this::runs, Access.CONSOLE);
        routes.post("/console/runs/{runId}/retry", this::retry, Access.CONSOLE);
    }

    private void runs(Context ctx) {
        Integration current = ConsoleRoutes.integration(ctx, integrations);
        List<Run> recent = runs.recentRuns(current.id(), 50).orElse(List.of());
        CircuitView circuit = breakers.circuitBreaker(current.id()).orElse(CircuitView.UNUSED);
        console.page(
                ctx,
                200,
                "Runs of " + current.name(),
                "console/runs.jte",
                Map.of(
                        "integration",
                        current,
                        "runs",
                        recent,
                        "circuit",
                        circuit.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "notice",
                        Optional.ofNullable(ctx.queryParam("notice")).orElse("")));
    }

    private void retry(Context ctx) {
        String text = ctx.pathParam("runId");
        UUID id;
        try {
            id = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ConsoleSession.NotFound("No run has id " + text + ".");
        }
        RetryOutcome outcome = runs.retry(id);
        String back = Optional.ofNullable(ctx.formParam("back"))
                .filter(path -> path.startsWith(INTEGRATIONS))
                .orElse(ConsoleSession.HOME);
        String notice = switch (outcome) {
            case RetryOutcome.Queued queued -> {
                audit.record(ctx, "run.retried", new Target("run", id.toString()), Optional.empty(), Optional.empty());
                yield "retried";
            }
            case RetryOutcome.UnknownRun unknown -> "unknown-run";
            case RetryOutcome.NotFailed notFailed -> "not-failed";
            case RetryOutcome.NotReplayable old -> "not-replayable";
        };
        ctx.redirect(back + "?notice=" + notice, HttpStatus.SEE_OTHER);
    }
}
