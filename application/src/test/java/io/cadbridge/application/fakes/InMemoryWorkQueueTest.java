package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.SavedValue;
import io.cadbridge.application.port.out.contract.WorkQueueContract;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.ConversationLifecycle;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

class InMemoryWorkQueueTest extends WorkQueueContract {

    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final InMemoryRunLog runLog = new InMemoryRunLog();
    private final InMemoryWorkQueue fake =
            new InMemoryWorkQueue(conversations, runLog, Clock.systemUTC(), CadLimits.DEFAULT);

    @Override
    protected WorkQueue emptyQueue() {
        return fake;
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
    protected List<SavedValue> savedValues(ConversationId conversation) {
        return fake.savedValues(conversation).stream()
                .map(entry -> new SavedValue(entry.key(), entry.value()))
                .toList();
    }

    @Override
    protected Optional<ConversationLifecycle> lifecycle(ConversationId conversation) {
        return fake.lifecycle(conversation);
    }

    @Override
    protected long pendingJobs() {
        return fake.pendingJobs();
    }
}
