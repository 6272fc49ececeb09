package io.cadbridge.domain.display;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.directory.QueueIds;
import io.cadbridge.domain.integration.ChannelType;

/** What a display profile is for: a channel, or a queue (which wins for its conversations). */
public sealed interface ProfileScope {

    /** {@code channel:phone}, {@code queue:<id>}: how the scope is stored and named in the audit log. */
    String name();

    record Channel(ChannelType channel) implements ProfileScope {
        public Channel {
            requireNonNull(channel, "channel is null");
        }

        @Override
        public String name() {
            return "channel:" + channel.wireName();
        }
    }

    record Queue(String queueId) implements ProfileScope {
        public Queue {
            String given = requireNonNull(queueId, "queueId is null");
            queueId = QueueIds.canonical(given)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "a queue id is 32 hex digits (a Contact Pro queue UUID), not \"" + given + "\""));
        }

        @Override
        public String name() {
            return "queue:" + queueId;
        }
    }
}
