package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.ConversationEvent;
import java.time.Clock;

/** Starts the run of one event's integrations with everything it needs. */
public final class EventRunFactory {

    private final IntegrationRunner runner;
    private final ConversationStore conversations;
    private final StatisticsRecorder statistics;
    private final RunLog runLog;
    private final Clock clock;

    public EventRunFactory(IntegrationRunner runner, ConversationStore conversations, StatisticsRecorder statistics,
            RunLog runLog, Clock clock) {
        this.runner = requireNonNull(runner, "runner is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.runLog = requireNonNull(runLog, "runLog is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    EventRun start(ConversationEvent event, AttachedData before) {
        return new EventRun(event, before, runner, conversations, statistics, runLog, clock);
    }
}
