package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

/** A conversation is identified by its contact id (Contact Pro's unique routing leg identifier). */
public record ConversationId(String value) {
    public static final int MAX_LENGTH = 200;

    public ConversationId {
        requireNonNull(value, "value is null");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a conversation id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
