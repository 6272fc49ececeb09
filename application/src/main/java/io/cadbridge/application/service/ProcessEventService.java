package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.RunReport;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.EventLog;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.json.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fetch and attach: runs the triggered integrations in ordinal order, merges what they save into the
 * conversation's attached data and keeps the keys the channel saves for statistics.
 */
public final class ProcessEventService implements ProcessEventUseCase {

    /** Contact Pro triggers at most three integrations for the same conversations. */
    static final int MAX_INTEGRATIONS_PER_EVENT = 3;

    private final EventLog eventLog;
    private final IntegrationRepository integrations;
    private final IntegrationRunner runner;
    private final ConversationStore conversations;
    private final StatisticsRecorder statistics;
    private final Clock clock;

    public ProcessEventService(EventLog eventLog, IntegrationRepository integrations, IntegrationRunner runner,
            ConversationStore conversations, StatisticsRecorder statistics, Clock clock) {
        this.eventLog = requireNonNull(eventLog, "eventLog is null");
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public EventOutcome process(ProcessEventCommand command) {
        ConversationEvent event = command.event();
        if (!eventLog.recordIfNew(event, clock.instant())) {
            return new EventOutcome.Duplicate(event.id(), event.conversationId());
        }
        JsonObject saved = JsonObject.EMPTY;
        List<RunReport> runs = new ArrayList<>();
        for (Integration integration : triggeredBy(event)) {
            IntegrationRunner.Run run = runner.run(integration, event);
            saved = saved.merge(run.saved());
            runs.add(run.report());
        }
        Conversation conversation = conversations.mergeAttachedData(event.conversationId(), saved, clock.instant());
        statistics.record(event, conversation.attachedData(), saved.members().keySet());
        return new EventOutcome.Processed(event.id(), event.conversationId(), conversation.attachedData(), runs);
    }

    private List<Integration> triggeredBy(ConversationEvent event) {
        return integrations.findAll().stream()
                .filter(integration -> integration.triggerFor(event).triggered())
                .sorted(Comparator.comparingInt(Integration::ordinal).thenComparing(Integration::name))
                .limit(MAX_INTEGRATIONS_PER_EVENT)
                .toList();
    }
}
