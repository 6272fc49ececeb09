package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.WorkQueueContract;
import io.cadbridge.domain.conversation.CadLimits;
import java.time.Clock;

class InMemoryWorkQueueTest extends WorkQueueContract {

    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final InMemoryRunLog runLog = new InMemoryRunLog();
    private final InMemoryStatisticsStore statistics = new InMemoryStatisticsStore();

    @Override
    protected WorkQueue emptyQueue() {
        return new InMemoryWorkQueue(conversations, statistics, runLog, Clock.systemUTC(), CadLimits.DEFAULT);
    }

    @Override
    protected ConversationStore conversations() {
        return conversations;
    }

    @Override
    protected RunLog runLog() {
        return runLog;
    }

    @Override
    protected StatisticsStore statistics() {
        return statistics;
    }
}
