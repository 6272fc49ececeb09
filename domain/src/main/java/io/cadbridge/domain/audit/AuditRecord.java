package io.cadbridge.domain.audit;

import static java.util.Objects.requireNonNull;

/** An audit entry with the id the log knows it by; ids increase with time. */
public record AuditRecord(long id, AuditEntry entry) {

    public AuditRecord {
        requireNonNull(entry, "entry is null");
    }
}
