package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.AuditUseCase;
import io.cadbridge.application.port.out.AuditLog;
import io.cadbridge.domain.audit.AuditEntry;
import io.cadbridge.domain.audit.AuditRecord;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Stamps each change with the time and keeps it; reads pages of the log, newest first. */
public final class AuditService implements AuditUseCase {

    private final AuditLog log;
    private final Clock clock;

    public AuditService(AuditLog log, Clock clock) {
        this.log = requireNonNull(log, "log is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public void record(Change change) {
        log.append(new AuditEntry(
                clock.instant(), change.actor(), change.action(), change.target(), change.before(), change.after()));
    }

    @Override
    public Page newestFirst(Optional<Long> before, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        // One more than asked tells whether there is a next page without a count.
        List<AuditRecord> read = log.newestFirst(before, limit + 1);
        List<AuditRecord> page = read.subList(0, Math.min(limit, read.size()));
        return new Page(page, read.size() > limit ? Optional.of(page.getLast().id()) : Optional.empty());
    }
}
