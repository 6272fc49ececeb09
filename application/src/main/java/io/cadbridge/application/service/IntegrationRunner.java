package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.RunReport;
import io.cadbridge.application.port.in.RunTrace;
import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.Pause;
import io.cadbridge.domain.condition.ConditionResult;
import io.cadbridge.domain.condition.ConditionScope;
import io.cadbridge.domain.condition.RandomSource;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.routing.SetEvaluator;
import io.cadbridge.domain.routing.SetResult;
import io.cadbridge.domain.run.RunStatus;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs one integration for one event: wait its delay, render the request, call the CRM (or echo the
 * attached data), map the answer into {@code save} and {@code set}. A failed call saves nothing and
 * never fails the event.
 */
public final class IntegrationRunner {

    private static final System.Logger LOG = System.getLogger(IntegrationRunner.class.getName());

    /**
     * The outcome of one run: what to merge into the attached data, the routing results, how it
     * went, every step, and why the CRM call failed when it produced no answer.
     */
    public record RunResult(JsonObject saved, List<SetResult> set, RunReport report, RunTrace trace, Optional<CrmCallException.Kind> callFailure) {
        public RunResult {
            requireNonNull(saved, "saved is null");
            set = List.copyOf(requireNonNull(set, "set is null"));
            requireNonNull(report, "report is null");
            requireNonNull(trace, "trace is null");
            requireNonNull(callFailure, "callFailure is null");
        }

        public RunResult(JsonObject saved, List<SetResult> set, RunReport report, RunTrace trace) {
            this(saved, set, report, trace, Optional.empty());
        }

        RunResult withCallFailure(CrmCallException.Kind kind) {
            return new RunResult(saved, set, report, trace, Optional.of(kind));
        }

        /** The request was not sent because a limit of this service (concurrent calls, rate) was reached: worth trying later. */
        public boolean refusedByLimit() {
            return callFailure.filter(kind -> kind == CrmCallException.Kind.LIMIT_REACHED).isPresent();
        }
    }

    private final CrmClient crm;
    private final Directory directory;
    private final Pause pause;
    private final RandomSource random;
    private final Clock clock;

    public IntegrationRunner(CrmClient crm, Directory directory, Pause pause, RandomSource random, Clock clock) {
        this.crm = requireNonNull(crm, "crm is null");
        this.directory = requireNonNull(directory, "directory is null");
        this.pause = requireNonNull(pause, "pause is null");
        this.random = requireNonNull(random, "random is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** @param attachedData the conversation's attached data so far: what an echo integration answers */
    public RunResult run(Integration integration, ConversationEvent event, JsonObject attachedData) {
        return run(integration, event, attachedData, true);
    }

    /** A test run does not wait the configured delay: the administrator is waiting for the trace. */
    public RunResult runWithoutDelay(Integration integration, ConversationEvent event, JsonObject attachedData) {
        return run(integration, event, attachedData, false);
    }

    private RunResult run(Integration integration, ConversationEvent event, JsonObject attachedData, boolean waitDelay) {
        Instant start = clock.instant();
        Optional<ConditionResult> condition = integration.checkCondition(new ConditionScope(event.contact(), event, attachedData, clock, random));
        RunTrace trace = new RunTrace(condition.map(IntegrationRunner::describe), Optional.empty(), Optional.empty(), JsonObject.EMPTY, List.of());
        if (condition.isPresent() && !(condition.get() instanceof ConditionResult.Satisfied)) {
            RunReport report = new RunReport(integration.id(), integration.name(), RunStatus.SKIPPED, describe(condition.get()),
                    OptionalInt.empty(), elapsedSince(start));
            return new RunResult(JsonObject.EMPTY, List.of(), report, trace);
        }
        try {
            if (waitDelay) {
                waitDelay(integration);
            }
            OutboundRequest request = integration.renderRequest(event);
            trace = trace.withRequest(request);
            CrmResponse response = integration.endpointUrl().isEcho() ? echo(attachedData) : crm.send(integration.id(), request);
            trace = new RunTrace(trace.condition(), trace.request(), Optional.of(response), JsonObject.EMPTY, List.of());
            if (!response.isSuccessful()) {
                String reason = "the CRM answered HTTP " + response.status() + response.retryNote().map(note -> " (" + note + ")").orElse("");
                return failed(integration, event, reason, OptionalInt.of(response.status()), start, trace);
            }
            JsonObject saved = integration.renderSave(event, request, response);
            List<SetResult> set = integration.evaluateSet(event, request, response,
                    new SetEvaluator(directory, ChannelType.fromWireName(event.contact().channelType())));
            trace = new RunTrace(trace.condition(), trace.request(), trace.response(), saved, set);
            RunReport report = new RunReport(integration.id(), integration.name(), RunStatus.SUCCEEDED,
                    SuccessReasons.succeeded(saved, set), OptionalInt.of(response.status()), elapsedSince(start));
            return new RunResult(saved, set, report, trace);
        } catch (CrmCallException e) {
            return failed(integration, event, e.getMessage(), OptionalInt.empty(), start, trace).withCallFailure(e.kind());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(integration, event, "interrupted while waiting for its delay (the service is stopping)", OptionalInt.empty(), start, trace);
        }
    }

    private void waitDelay(Integration integration) throws InterruptedException {
        Optional<Duration> delay = integration.configuration().request().delay().map(range -> range.pick(random.nextDouble()));
        if (delay.isPresent() && !delay.get().isZero()) {
            pause.pause(delay.get());
        }
    }

    /** What the run log and the test run say about a condition. */
    private static String describe(ConditionResult result) {
        return switch (result) {
            case ConditionResult.Satisfied satisfied -> "condition is true (" + satisfied.value() + ")";
            case ConditionResult.NotSatisfied notSatisfied -> "condition is false (" + notSatisfied.value() + "): request not sent";
            case ConditionResult.Failed failed -> "condition failed, request not sent: " + failed.message();
        };
    }

    /** {@code edi://echo}: no HTTP call; the body is the attached data saved so far. */
    private static CrmResponse echo(JsonObject attachedData) {
        return new CrmResponse(200, Map.of("content-type", "application/json"), Optional.of(attachedData), "", Duration.ZERO);
    }

    private RunResult failed(Integration integration, ConversationEvent event, String reason, OptionalInt status, Instant start, RunTrace trace) {
        LOG.log(Level.WARNING, "integration {0} ({1}) failed for event {2}: {3}", integration.name(), integration.id(), event.id(), reason);
        RunReport report = new RunReport(integration.id(), integration.name(), RunStatus.FAILED, reason, status, elapsedSince(start));
        return new RunResult(JsonObject.EMPTY, List.of(), report, trace);
    }

    private Duration elapsedSince(Instant start) {
        return Duration.between(start, clock.instant());
    }
}
