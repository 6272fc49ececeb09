package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

/** The sender's id of an event; the same id sent twice is the same event. */
public record EventId(String value) {
    public static final int MAX_LENGTH = 200;

    public EventId {
        requireNonNull(value, "value is null");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an event id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
