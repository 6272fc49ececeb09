package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.WorkQueueContract;
import io.cadbridge.domain.conversation.CadLimits;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqWorkQueueContractTest extends WorkQueueContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected WorkQueue emptyQueue() {
        DATABASE.clear();
        return new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT);
    }

    @Override
    protected ConversationStore conversations() {
        return new JooqConversationStore(DATABASE.dsl());
    }

    @Override
    protected RunLog runLog() {
        return new JooqRunLog(DATABASE.dsl());
    }

    @Override
    protected StatisticsStore statistics() {
        return new JooqStatisticsStore(DATABASE.dsl());
    }
}
