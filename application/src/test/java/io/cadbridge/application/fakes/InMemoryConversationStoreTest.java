package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.contract.ConversationStoreContract;

class InMemoryConversationStoreTest extends ConversationStoreContract {

    @Override
    protected ConversationStore emptyStore() {
        return new InMemoryConversationStore();
    }
}
