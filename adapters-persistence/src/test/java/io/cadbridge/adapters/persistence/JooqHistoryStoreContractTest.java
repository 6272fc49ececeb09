package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.HistoryStoreContract;
import io.cadbridge.domain.conversation.CadLimits;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqHistoryStoreContractTest extends HistoryStoreContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected HistoryStore emptyHistory() {
        DATABASE.clear();
        return new JooqHistoryStore(DATABASE.dsl());
    }

    @Override
    protected WorkQueue queueWritingTheHistory() {
        return new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT);
    }
}
