package io.cadbridge.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** timestamptz columns arrive as OffsetDateTime; the domain speaks Instant. */
final class Timestamps {

    private Timestamps() {}

    static OffsetDateTime column(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime column) {
        return column.toInstant();
    }
}
