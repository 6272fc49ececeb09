package io.cadbridge.application.port.out;

import io.cadbridge.domain.audit.AuditEntry;
import io.cadbridge.domain.audit.AuditRecord;
import java.util.List;
import java.util.Optional;

/** Where audit entries are kept: appended, never changed, read newest first. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Up to {@code limit} entries, newest first, with ids below {@code before} when given. */
    List<AuditRecord> newestFirst(Optional<Long> before, int limit);
}
