package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReadRejectedRecordsUseCase;
import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.domain.ingestion.Rejection;
import java.util.List;
import java.util.Optional;

/** Reads pages of the rejected records, newest first, as the audit log is read. */
public final class RejectedRecordsService implements ReadRejectedRecordsUseCase {

    private final EventInbox inbox;

    public RejectedRecordsService(EventInbox inbox) {
        this.inbox = requireNonNull(inbox, "inbox is null");
    }

    @Override
    public Page newestFirst(Optional<Long> before, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        // One more than asked tells whether there is a next page without a count.
        List<Rejection> read = inbox.rejectedNewestFirst(before, limit + 1);
        List<Rejection> page = read.subList(0, Math.min(limit, read.size()));
        return new Page(page, read.size() > limit ? Optional.of(page.getLast().id()) : Optional.empty());
    }
}
