package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.ConversationStoreContract;
import io.cadbridge.domain.conversation.CadLimits;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqConversationStoreContractTest extends ConversationStoreContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected ConversationStore emptyStore() {
        DATABASE.clear();
        return new JooqConversationStore(DATABASE.dsl());
    }

    @Override
    protected WorkQueue queueWritingTheStore() {
        return new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT);
    }
}
