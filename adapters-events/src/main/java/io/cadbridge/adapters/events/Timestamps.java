package io.cadbridge.adapters.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * ISO-8601 date-times as Contact Pro sends them; the offset is required so that no time zone is guessed.
 * The common shape is read by {@link Rfc3339Timestamps}; everything else by the formatter, which alone refuses.
 */
final class Timestamps {

    private Timestamps() {}

    static Optional<Instant> parse(String text, String at, JsonFields fields) {
        Instant common = Rfc3339Timestamps.parse(text);
        if (common != null) {
            return Optional.of(common);
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            fields.problem(at, "must be an ISO-8601 date and time with an offset, such as 2023-12-29T08:44:44.215Z");
            return Optional.empty();
        }
    }
}
