package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.ChannelType;
import java.util.List;

/**
 * A channel's Extra Data Settings: the CAD keys shown when a conversation is allocated and the keys
 * saved for statistics and history. By default nothing is saved.
 */
public record ExtraDataSettings(
        ChannelType channel, List<String> includedWhenAllocating, List<String> includedInStatistics) {

    public ExtraDataSettings {
        requireNonNull(channel, "channel is null");
        if (channel == ChannelType.MULTI_CHANNEL) {
            throw new IllegalArgumentException("extra data settings belong to one channel, not multi-channel");
        }
        includedWhenAllocating = List.copyOf(requireNonNull(includedWhenAllocating, "includedWhenAllocating is null"));
        includedInStatistics = List.copyOf(requireNonNull(includedInStatistics, "includedInStatistics is null"));
    }

    public static ExtraDataSettings defaults(ChannelType channel) {
        return new ExtraDataSettings(channel, List.of(), List.of());
    }
}
