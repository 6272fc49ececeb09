package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.contract.ConversationStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqConversationStoreContractTest extends ConversationStoreContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected ConversationStore emptyStore() {
        DATABASE.clear();
        return new JooqConversationStore(DATABASE.dsl());
    }
}
