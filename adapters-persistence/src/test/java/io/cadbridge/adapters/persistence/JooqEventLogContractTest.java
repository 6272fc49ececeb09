package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.EventLog;
import io.cadbridge.application.port.out.contract.EventLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqEventLogContractTest extends EventLogContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected EventLog emptyLog() {
        DATABASE.clear();
        return new JooqEventLog(DATABASE.dsl());
    }
}
