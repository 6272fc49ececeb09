package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.EventLog;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;

/**
 * Fetch and attach: runs the triggered integrations (at most three) in ordinal order. The answer
 * waits for every integration up to the last one that must block ({@code block: true} or a
 * {@code set} operation); the ones after it run on {@code background} and finish after the answer.
 */
public final class ProcessEventService implements ProcessEventUseCase {

    /** Contact Pro triggers at most three integrations for the same conversations. */
    static final int MAX_INTEGRATIONS_PER_EVENT = 3;
    private static final System.Logger LOG = System.getLogger(ProcessEventService.class.getName());

    private final EventLog eventLog;
    private final IntegrationRepository integrations;
    private final ConversationStore conversations;
    private final EventRunFactory runs;
    private final Executor background;
    private final Clock clock;

    public ProcessEventService(EventLog eventLog, IntegrationRepository integrations, ConversationStore conversations,
            EventRunFactory runs, Executor background, Clock clock) {
        this.eventLog = requireNonNull(eventLog, "eventLog is null");
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.runs = requireNonNull(runs, "runs is null");
        this.background = requireNonNull(background, "background is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public EventOutcome process(ProcessEventCommand command) {
        ConversationEvent event = command.event();
        if (!eventLog.recordIfNew(event, clock.instant())) {
            return new EventOutcome.Duplicate(event.id(), event.conversationId());
        }
        List<Integration> triggered = triggeredBy(event);
        int waitFor = IntStream.range(0, triggered.size()).filter(i -> triggered.get(i).mustBlock()).max().orElse(-1) + 1;
        // Echo integrations and conditions read the attached data so far; nothing to read when nothing runs.
        AttachedData before = triggered.isEmpty() ? AttachedData.EMPTY
                : conversations.find(event.conversationId()).map(Conversation::attachedData).orElse(AttachedData.EMPTY);
        EventRun run = runs.start(event, before);
        triggered.subList(0, waitFor).forEach(run::run);
        Conversation conversation = run.commit();
        List<Integration> later = triggered.subList(waitFor, triggered.size());
        // The answer is taken before the later runs start: from here on they own the event's run.
        EventOutcome.Processed answer = new EventOutcome.Processed(event.id(), event.conversationId(), conversation.attachedData(),
                run.routing(), run.reports(), later.stream().map(Integration::id).toList());
        if (!later.isEmpty()) {
            background.execute(() -> runLater(run, later));
        }
        return answer;
    }

    private static void runLater(EventRun run, List<Integration> later) {
        try {
            run.restart();
            later.forEach(run::run);
            run.commit();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "integrations " + later.stream().map(Integration::id).map(IntegrationId::toString).toList()
                    + " could not finish for event " + run.event().id(), e);
        }
    }

    private List<Integration> triggeredBy(ConversationEvent event) {
        return integrations.findAll().stream()
                .filter(integration -> integration.triggerFor(event).triggered())
                .sorted(Comparator.comparingInt(Integration::ordinal).thenComparing(Integration::name))
                .limit(MAX_INTEGRATIONS_PER_EVENT)
                .toList();
    }
}
