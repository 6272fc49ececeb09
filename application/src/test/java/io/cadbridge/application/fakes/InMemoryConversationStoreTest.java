package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.ConversationStoreContract;
import io.cadbridge.domain.conversation.CadLimits;
import java.time.Clock;

class InMemoryConversationStoreTest extends ConversationStoreContract {

    private final InMemoryConversationStore conversations = new InMemoryConversationStore();

    @Override
    protected ConversationStore emptyStore() {
        return conversations;
    }

    @Override
    protected WorkQueue queueWritingTheStore() {
        return new InMemoryWorkQueue(conversations, new InMemoryRunLog(), Clock.systemUTC(), CadLimits.DEFAULT);
    }
}
