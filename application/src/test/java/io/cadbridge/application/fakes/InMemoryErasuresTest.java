package io.cadbridge.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.Erasures;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.ErasuresContract;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.erasure.ErasureCriterion;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryErasuresTest extends ErasuresContract {

    private InMemoryConversationStore conversations;
    private InMemoryRunLog runLog;
    private InMemoryWorkQueue queue;
    private InMemoryErasures erasures;

    @Override
    protected void emptyWorld() {
        conversations = new InMemoryConversationStore();
        runLog = new InMemoryRunLog();
        queue = new InMemoryWorkQueue(conversations, runLog, Clock.systemUTC(), CadLimits.DEFAULT);
        erasures = new InMemoryErasures(conversations, queue, runLog);
    }

    @Test
    void eachErasureLeavesAnAuditRecordWithoutPersonalData() {
        erasures.erase(new ErasureCriterion.ContactSource(CALLER), Instant.EPOCH);

        assertThat(erasures.audits()).containsExactly(new InMemoryErasures.Audit(Instant.EPOCH, "contactSource", 0));
    }

    @Override
    protected Erasures erasures() {
        return erasures;
    }

    @Override
    protected WorkQueue queue() {
        return queue;
    }

    @Override
    protected ConversationStore conversations() {
        return conversations;
    }

    @Override
    protected HistoryStore history() {
        return new InMemoryHistoryStore(queue, runLog, Clock.systemUTC());
    }

    @Override
    protected RunLog runLog() {
        return runLog;
    }
}
