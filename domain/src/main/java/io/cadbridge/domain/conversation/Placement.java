package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.ChannelType;
import java.util.Optional;

/** Where a conversation is: its channel and, once it was queued, its queue (the latest one). */
public record Placement(Optional<ChannelType> channel, Optional<String> queue) {

    public static final Placement UNKNOWN = new Placement(Optional.empty(), Optional.empty());

    public Placement {
        requireNonNull(channel, "channel is null");
        requireNonNull(queue, "queue is null");
    }
}
