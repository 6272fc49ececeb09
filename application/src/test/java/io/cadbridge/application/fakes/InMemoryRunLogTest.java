package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.RunLogContract;
import io.cadbridge.domain.conversation.CadLimits;
import java.time.Clock;

class InMemoryRunLogTest extends RunLogContract {

    private final InMemoryRunLog runLog = new InMemoryRunLog();

    @Override
    protected RunLog emptyLog() {
        return runLog;
    }

    @Override
    protected WorkQueue queueWritingTheLog() {
        return new InMemoryWorkQueue(new InMemoryConversationStore(), runLog, Clock.systemUTC(), CadLimits.DEFAULT);
    }
}
