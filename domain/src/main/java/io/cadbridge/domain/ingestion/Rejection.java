package io.cadbridge.domain.ingestion;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** A rejected record as kept: the id it is known by (ids increase with time) and when it was rejected. */
public record Rejection(long id, Instant at, RejectedRecord record) {

    public Rejection {
        requireNonNull(at, "at is null");
        requireNonNull(record, "record is null");
    }
}
