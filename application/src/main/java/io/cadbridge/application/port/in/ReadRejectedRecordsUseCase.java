package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.ingestion.Rejection;
import java.util.List;
import java.util.Optional;

/** The records read from a stream that held no event (ADR 0030), for whoever fixes their producer. */
public interface ReadRejectedRecordsUseCase {

    int MAX_LIMIT = 500;

    /** The newest first, up to {@code limit}, older than the rejection {@code before} when given. */
    Page newestFirst(Optional<Long> before, int limit);

    /** @param next the id to ask for older rejections with; empty on the last page */
    record Page(List<Rejection> rejections, Optional<Long> next) {
        public Page {
            rejections = List.copyOf(rejections);
            requireNonNull(next, "next is null");
        }
    }
}
