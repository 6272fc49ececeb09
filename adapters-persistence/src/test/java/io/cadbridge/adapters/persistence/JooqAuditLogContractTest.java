package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.AuditLog;
import io.cadbridge.application.port.out.contract.AuditLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqAuditLogContractTest extends AuditLogContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected AuditLog emptyLog() {
        DATABASE.clear();
        return new JooqAuditLog(DATABASE.dsl());
    }
}
