package io.cadbridge.domain.condition;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A {@code datetime.datetime}: naive (no offset) or aware (with a UTC offset), microsecond precision. */
record PyDatetime(LocalDateTime value, Optional<ZoneOffset> offset) {

    PyDatetime {
        requireNonNull(value, "value is null");
        requireNonNull(offset, "offset is null");
        if (value.getYear() < 1 || value.getYear() > 9999) {
            throw PythonError.overflow("date value out of range");
        }
        value = value.withNano(value.getNano() / 1000 * 1000);
    }

    boolean aware() {
        return offset.isPresent();
    }
}
