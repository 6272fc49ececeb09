package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.RunLogContract;
import io.cadbridge.domain.conversation.CadLimits;
import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqRunLogContractTest extends RunLogContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected RunLog emptyLog() {
        DATABASE.clear();
        return new JooqRunLog(DATABASE.dsl());
    }

    @Override
    protected WorkQueue queueWritingTheLog() {
        return new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT);
    }
}
