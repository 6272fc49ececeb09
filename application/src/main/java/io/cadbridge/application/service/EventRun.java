package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.RunReport;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.RunRecord;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.routing.RoutingDecision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The integrations of one event, run one after the other: {@code save} accumulates (later keys
 * overwrite), each {@code set} operation comes from the first integration that performs it, every
 * run is logged. {@link #commit()} merges what was saved into the conversation and keeps statistics.
 */
final class EventRun {

    private final ConversationEvent event;
    private final IntegrationRunner runner;
    private final ConversationStore conversations;
    private final StatisticsRecorder statistics;
    private final RunLog runLog;
    private final Clock clock;
    private AttachedData attachedData;
    private JsonObject unsaved = JsonObject.EMPTY;
    private RoutingDecision routing = RoutingDecision.NONE;
    private final List<RunReport> reports = new ArrayList<>();

    EventRun(ConversationEvent event, AttachedData before, IntegrationRunner runner, ConversationStore conversations,
            StatisticsRecorder statistics, RunLog runLog, Clock clock) {
        this.event = requireNonNull(event, "event is null");
        this.attachedData = requireNonNull(before, "before is null");
        this.runner = runner;
        this.conversations = conversations;
        this.statistics = statistics;
        this.runLog = runLog;
        this.clock = clock;
    }

    void run(Integration integration) {
        var started = clock.instant();
        IntegrationRunner.RunResult result = runner.run(integration, event, attachedData.merge(unsaved).values());
        unsaved = unsaved.merge(result.saved());
        routing = routing.withFirstOf(result.set());
        reports.add(result.report());
        RunReport report = result.report();
        runLog.record(new RunRecord(UUID.randomUUID(), integration.id(), event.id(), event.name(), event.conversationId(),
                report.status(), report.reason(), report.httpStatus(), report.duration(), started));
    }

    /** Merges the attached data saved since the last commit; the conversation is created on its first event. */
    Conversation commit() {
        Conversation conversation = conversations.mergeAttachedData(event.conversationId(), unsaved, clock.instant());
        statistics.record(event, conversation.attachedData(), unsaved.members().keySet());
        attachedData = conversation.attachedData();
        unsaved = JsonObject.EMPTY;
        return conversation;
    }

    /** Starts the runs after the answer from the conversation as stored now. */
    void restart() {
        conversations.find(event.conversationId()).ifPresent(conversation -> attachedData = conversation.attachedData());
    }

    ConversationEvent event() {
        return event;
    }

    RoutingDecision routing() {
        return routing;
    }

    List<RunReport> reports() {
        return List.copyOf(reports);
    }
}
