package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.AuditLog;
import io.cadbridge.domain.audit.AuditEntry;
import io.cadbridge.domain.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The audit log in memory: ids from 1, in the order of appending. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public synchronized void append(AuditEntry entry) {
        records.add(new AuditRecord(records.size() + 1, entry));
    }

    @Override
    public synchronized List<AuditRecord> newestFirst(Optional<Long> before, int limit) {
        return records.reversed().stream()
                .filter(record -> before.map(id -> record.id() < id).orElse(true))
                .limit(limit)
                .toList();
    }
}
