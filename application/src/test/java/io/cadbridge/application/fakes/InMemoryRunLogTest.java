package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.contract.RunLogContract;

class InMemoryRunLogTest extends RunLogContract {

    @Override
    protected RunLog emptyLog() {
        return new InMemoryRunLog();
    }
}
