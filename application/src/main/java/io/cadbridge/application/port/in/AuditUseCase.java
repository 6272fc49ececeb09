package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.audit.AuditEntry.Actor;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.audit.AuditRecord;
import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** The audit log: the inbound adapters record each change as they make it; administrators read it back. */
public interface AuditUseCase {

    int MAX_LIMIT = 500;

    /** Records the change now. */
    void record(Change change);

    /** The newest entries first, up to {@code limit}, older than the entry {@code before} when given. */
    Page newestFirst(Optional<Long> before, int limit);

    record Change(Actor actor, String action, Target target, Optional<JsonValue> before, Optional<JsonValue> after) {
        public Change {
            requireNonNull(actor, "actor is null");
            requireNonNull(action, "action is null");
            requireNonNull(target, "target is null");
            requireNonNull(before, "before is null");
            requireNonNull(after, "after is null");
        }
    }

    /** @param next the id to ask for older entries with; empty on the last page */
    record Page(List<AuditRecord> entries, Optional<Long> next) {
        public Page {
            entries = List.copyOf(entries);
            requireNonNull(next, "next is null");
        }
    }
}
