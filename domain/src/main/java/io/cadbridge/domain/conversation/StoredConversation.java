package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/** What a step's commit finds of its conversation: the attached data with its versions, and when it was closed. */
public record StoredConversation(VersionedAttachedData data, Optional<Instant> closedAt) {

    /** A conversation with nothing attached that is still open. */
    public static final StoredConversation EMPTY =
            new StoredConversation(VersionedAttachedData.EMPTY, Optional.empty());

    public StoredConversation {
        requireNonNull(data, "data is null");
        requireNonNull(closedAt, "closedAt is null");
    }
}
