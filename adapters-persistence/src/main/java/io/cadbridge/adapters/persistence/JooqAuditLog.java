package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.AUDIT_ENTRY;
import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.persistence.jooq.tables.records.AuditEntryRecord;
import io.cadbridge.application.port.out.AuditLog;
import io.cadbridge.domain.audit.AuditEntry;
import io.cadbridge.domain.audit.AuditEntry.Actor;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.audit.AuditRecord;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The audit log in PostgreSQL ({@code audit_entry}, V19): appended only, paged by id. */
final class JooqAuditLog implements AuditLog {

    private final DSLContext dsl;

    @Inject
    JooqAuditLog(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public void append(AuditEntry entry) {
        StorageErrors.guarded(() -> dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.AT, Timestamps.column(entry.at()))
                .set(AUDIT_ENTRY.TOKEN_ID, entry.actor().tokenId().orElse(null))
                .set(AUDIT_ENTRY.TOKEN_NAME, entry.actor().tokenName())
                .set(AUDIT_ENTRY.ACTION, entry.action())
                .set(AUDIT_ENTRY.TARGET_TYPE, entry.target().type())
                .set(AUDIT_ENTRY.TARGET_ID, entry.target().id())
                .set(AUDIT_ENTRY.BEFORE, entry.before().map(JsonColumns::jsonb).orElse(null))
                .set(AUDIT_ENTRY.AFTER, entry.after().map(JsonColumns::jsonb).orElse(null))
                .execute());
    }

    @Override
    public List<AuditRecord> newestFirst(Optional<Long> before, int limit) {
        return StorageErrors.guarded(() -> dsl.selectFrom(AUDIT_ENTRY)
                .where(before.map(AUDIT_ENTRY.ID::lt).orElse(DSL.noCondition()))
                .orderBy(AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(JooqAuditLog::record));
    }

    private static AuditRecord record(AuditEntryRecord row) {
        return new AuditRecord(
                row.getId(),
                new AuditEntry(
                        Timestamps.instant(row.getAt()),
                        new Actor(Optional.ofNullable(row.getTokenId()), row.getTokenName()),
                        row.getAction(),
                        new Target(row.getTargetType(), row.getTargetId()),
                        Optional.ofNullable(row.getBefore()).map(JsonColumns::value),
                        Optional.ofNullable(row.getAfter()).map(JsonColumns::value)));
    }
}
