package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.domain.condition.ConditionResult;
import io.cadbridge.domain.condition.ConditionScope;
import io.cadbridge.domain.condition.RandomSource;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.routing.SetEvaluator;
import io.cadbridge.domain.routing.SetResult;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunResult;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.run.RunTrace;
import io.cadbridge.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs one integration for one event, at once: check the condition, render the request, call the
 * CRM (or echo the attached data), map the answer into {@code save} and {@code set}. A failed call
 * saves nothing and never fails the event. When a run starts (its delay) is the worker's decision.
 */
public final class IntegrationRunner {

    private static final System.Logger LOG = System.getLogger(IntegrationRunner.class.getName());

    private final CrmClient crm;
    private final Directory directory;
    private final RandomSource random;
    private final Clock clock;

    public IntegrationRunner(CrmClient crm, Directory directory, RandomSource random, Clock clock) {
        this.crm = requireNonNull(crm, "crm is null");
        this.directory = requireNonNull(directory, "directory is null");
        this.random = requireNonNull(random, "random is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** @param attachedData the conversation's attached data so far: what conditions read and an echo integration answers */
    public RunResult run(Integration integration, ConversationEvent event, JsonObject attachedData) {
        Instant start = clock.instant();
        Optional<ConditionResult> condition =
                integration.checkCondition(new ConditionScope(event.contact(), event, attachedData, clock, random));
        RunTrace trace = RunTrace.of(condition.map(IntegrationRunner::describe));
        if (condition.isPresent() && !(condition.get() instanceof ConditionResult.Satisfied)) {
            return RunResult.nothing(
                    run(integration, event, RunStatus.SKIPPED, describe(condition.get()), OptionalInt.empty(), start),
                    trace);
        }
        OutboundRequest request = integration.renderRequest(event);
        trace = trace.withRequest(request);
        CrmResponse response;
        try {
            response = integration.endpointUrl().isEcho()
                    ? echo(attachedData)
                    : integration.vendor().isPresent()
                            ? crm.lookup(integration, event)
                            : crm.send(integration.id(), request);
        } catch (CrmCallException e) {
            // No answer: only the keys that read request and response metadata are saved (ADR 0019).
            JsonObject saved = integration.renderSaveWithoutAnswer(event, request, e.getMessage(), elapsedSince(start));
            Run run = failed(integration, event, withSaved(e.getMessage(), saved), OptionalInt.empty(), start);
            return new RunResult(
                    run,
                    saved,
                    List.of(),
                    trace.withMapping(saved, List.of()),
                    e.kind() == CrmCallException.Kind.LIMIT_REACHED);
        }
        trace = trace.withResponse(response);
        if (!response.isSuccessful()) {
            JsonObject saved = integration.renderSaveOnFailure(event, request, response);
            String reason = "the CRM answered HTTP " + response.status()
                    + response.retryNote().map(note -> " (" + note + ")").orElse("");
            Run run = failed(integration, event, withSaved(reason, saved), OptionalInt.of(response.status()), start);
            return new RunResult(run, saved, List.of(), trace.withMapping(saved, List.of()), false);
        }
        JsonObject saved = integration.renderSave(event, request, response);
        List<SetResult> set = integration.evaluateSet(
                event,
                request,
                response,
                new SetEvaluator(
                        directory, ChannelType.fromWireName(event.contact().channelType())));
        Run run = run(
                integration,
                event,
                RunStatus.SUCCEEDED,
                SuccessReasons.succeeded(saved, set),
                OptionalInt.of(response.status()),
                start);
        return new RunResult(run, saved, set, trace.withMapping(saved, set), false);
    }

    /** A failed run's reason says which debugging keys it saved all the same. */
    private static String withSaved(String reason, JsonObject saved) {
        return saved.members().isEmpty()
                ? reason
                : reason + "; saved " + saved.members().size() + " debugging key(s): "
                        + String.join(", ", saved.members().keySet());
    }

    /** What the run log and the test run say about a condition. */
    private static String describe(ConditionResult result) {
        return switch (result) {
            case ConditionResult.Satisfied satisfied -> "condition is true (" + satisfied.value() + ")";
            case ConditionResult.NotSatisfied notSatisfied ->
                "condition is false (" + notSatisfied.value() + "): request not sent";
            case ConditionResult.Failed failed -> "condition failed, request not sent: " + failed.message();
        };
    }

    /** {@code edi://echo}: no HTTP call; the body is the attached data saved so far. */
    private static CrmResponse echo(JsonObject attachedData) {
        return new CrmResponse(
                200, Map.of("content-type", "application/json"), Optional.of(attachedData), "", Duration.ZERO);
    }

    private Run failed(
            Integration integration, ConversationEvent event, String reason, OptionalInt status, Instant start) {
        LOG.log(
                Level.WARNING,
                "integration {0} ({1}) failed for event {2}: {3}",
                integration.name(),
                integration.id(),
                event.id(),
                reason);
        return run(integration, event, RunStatus.FAILED, reason, status, start);
    }

    private Duration elapsedSince(Instant start) {
        return Duration.between(start, clock.instant());
    }

    private Run run(
            Integration integration,
            ConversationEvent event,
            RunStatus status,
            String reason,
            OptionalInt httpStatus,
            Instant start) {
        return Run.of(
                integration.id(), integration.name(), event, status, reason, httpStatus, elapsedSince(start), start);
    }
}
