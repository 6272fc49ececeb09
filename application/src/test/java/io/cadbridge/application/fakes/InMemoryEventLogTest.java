package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.EventLog;
import io.cadbridge.application.port.out.contract.EventLogContract;

class InMemoryEventLogTest extends EventLogContract {

    @Override
    protected EventLog emptyLog() {
        return new InMemoryEventLog();
    }
}
