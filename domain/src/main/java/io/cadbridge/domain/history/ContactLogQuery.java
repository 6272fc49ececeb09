package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.ChannelType;
import java.time.Instant;
import java.util.Optional;

/** Which conversations the Contact Log lists: started in {@code [from, to)}, optionally of one channel. */
public record ContactLogQuery(Optional<Instant> from, Optional<Instant> to, Optional<ChannelType> channel) {

    public ContactLogQuery {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        requireNonNull(channel, "channel is null");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
        }
        if (channel.filter(type -> type == ChannelType.MULTI_CHANNEL).isPresent()) {
            throw new IllegalArgumentException("a conversation is of one channel, not multi-channel");
        }
    }
}
