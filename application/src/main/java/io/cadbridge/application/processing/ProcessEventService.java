package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.routing.RoutingDecision;
import io.cadbridge.domain.run.RunResult;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fetch and attach, durably. The event and a job for its triggered integrations (at most three, in
 * ordinal order) are committed before anything runs. When one of them must be waited for
 * ({@code block: true} or a {@code set}), the answer waits for the job up to it; everything else
 * runs after the answer. Where and when the work runs is the {@link JobWorker}'s business.
 */
public final class ProcessEventService implements ProcessEventUseCase {

    /** Contact Pro triggers at most three integrations for the same conversations. */
    static final int MAX_INTEGRATIONS_PER_EVENT = 3;

    private final IntegrationSnapshot integrations;
    private final ConversationStore conversations;
    private final JobWorker worker;

    ProcessEventService(IntegrationSnapshot integrations, ConversationStore conversations, JobWorker worker) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.worker = requireNonNull(worker, "worker is null");
    }

    @Override
    public EventOutcome process(ProcessEventCommand command) {
        ConversationEvent event = command.event();
        // Every line logged while accepting (and while running the steps the answer waits for) names the event.
        LogContext context = LogContext.of(event);
        try (context) {
            return accept(event);
        }
    }

    private EventOutcome accept(ConversationEvent event) {
        List<Integration> triggered = triggeredBy(integrations, event);
        List<IntegrationId> ids = triggered.stream().map(Integration::id).toList();
        // The answer waits up to the last integration that must be waited for (none: it waits for nothing).
        int waitFor = IntStream.range(0, triggered.size())
                        .filter(i -> triggered.get(i).mustBlock())
                        .max()
                        .orElse(-1)
                + 1;
        return switch (worker.admit(event, ids, waitFor)) {
            case Admission.Duplicate duplicate -> new EventOutcome.Duplicate(event.id(), event.conversationId());
            case Admission.Admitted admitted
            when waitFor == 0 -> new EventOutcome.Accepted(event.id(), event.conversationId(), ids);
            case Admission.Admitted admitted -> processed(event, admitted.ranHere(), ids.subList(waitFor, ids.size()));
        };
    }

    /** The answer after the waited-for runs: the attached data as they left it, and what their {@code set} operations decided. */
    private EventOutcome processed(ConversationEvent event, List<RunResult> ran, List<IntegrationId> pending) {
        RoutingDecision routing = RoutingDecision.NONE;
        for (RunResult result : ran) {
            routing = routing.withFirstOf(result.set());
        }
        AttachedData attachedData = conversations
                .find(event.conversationId())
                .map(Conversation::attachedData)
                .orElse(AttachedData.EMPTY);
        return new EventOutcome.Processed(
                event.id(),
                event.conversationId(),
                attachedData,
                routing,
                ran.stream().map(RunResult::run).toList(),
                pending);
    }

    /** The integrations {@code event} triggers, in the order they run; the Kafka ingestion chooses them the same way. */
    static List<Integration> triggeredBy(IntegrationSnapshot integrations, ConversationEvent event) {
        return integrations.findAll().stream()
                .filter(integration -> integration.triggerFor(event).triggered())
                .sorted(Comparator.comparingInt(Integration::ordinal).thenComparing(Integration::name))
                .limit(MAX_INTEGRATIONS_PER_EVENT)
                .toList();
    }
}
