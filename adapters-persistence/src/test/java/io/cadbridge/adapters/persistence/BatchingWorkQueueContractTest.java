package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The queue as the service uses it: the group commits in front of PostgreSQL keep every promise of the port. */
class BatchingWorkQueueContractTest extends WorkQueueContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private BatchingWorkQueue batching;

    @Override
    protected WorkQueue emptyQueue() {
        DATABASE.clear();
        batching = new BatchingWorkQueue(new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT));
        return batching;
    }

    @AfterEach
    void stopWriters() {
        batching.close();
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
    protected List<SavedValue> savedValues(ConversationId conversation) {
        return StatisticsRows.of(DATABASE.dsl(), conversation);
    }

    @Override
    protected Optional<ConversationLifecycle> lifecycle(ConversationId conversation) {
        return StatisticsRows.lifecycle(DATABASE.dsl(), conversation);
    }

    @Override
    protected long pendingJobs() {
        return DATABASE.dsl().fetchCount(JOB, JOB.STATE.eq(JobState.PENDING.column()));
    }
}
