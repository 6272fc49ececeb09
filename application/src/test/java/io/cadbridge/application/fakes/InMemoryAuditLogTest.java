package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.AuditLog;
import io.cadbridge.application.port.out.contract.AuditLogContract;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLog emptyLog() {
        return new InMemoryAuditLog();
    }
}
