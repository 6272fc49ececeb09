package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.HistoryStoreContract;
import io.cadbridge.domain.conversation.CadLimits;
import java.time.Clock;

class InMemoryHistoryStoreTest extends HistoryStoreContract {

    private final InMemoryRunLog runLog = new InMemoryRunLog();
    private final InMemoryWorkQueue queue =
            new InMemoryWorkQueue(new InMemoryConversationStore(), runLog, Clock.systemUTC(), CadLimits.DEFAULT);

    @Override
    protected HistoryStore emptyHistory() {
        return new InMemoryHistoryStore(queue, runLog, Clock.systemUTC());
    }

    @Override
    protected WorkQueue queueWritingTheHistory() {
        return queue;
    }
}
