package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.application.port.out.contract.SavedValue;
import io.cadbridge.application.port.out.contract.WorkQueueContract;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.ConversationLifecycle;
import io.cadbridge.domain.integration.IntegrationId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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

    /** What the batching decorator relies on: one transaction for many deliveries, a repeated event id among them included. */
    @Test
    void anEventIsAcceptedOnceEvenWhenDeliveredTwiceInOneBatch() {
        NewJob job = new NewJob(
                ConversationSamples.event("e-1", "c-1"),
                List.of(IntegrationId.random()),
                ConversationSamples.NOON,
                Optional.empty());

        List<Acceptance> batch = ((JooqWorkQueue) queue).acceptAll(List.of(job, job));

        assertThat(batch.getFirst()).isInstanceOf(Acceptance.Accepted.class);
        assertThat(batch.get(1)).isInstanceOf(Acceptance.Duplicate.class);
        assertThat(pendingJobs()).isEqualTo(1);
    }
}
