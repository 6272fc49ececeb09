package io.cadbridge.domain.condition;

import java.time.ZoneOffset;

/** A {@code datetime.timezone}: a fixed UTC offset. */
record PyTimezone(ZoneOffset offset) {
    static final PyTimezone UTC = new PyTimezone(ZoneOffset.UTC);
}
