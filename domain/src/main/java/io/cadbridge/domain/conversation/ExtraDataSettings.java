package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.ChannelType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel's Extra Data Settings, as Contact Pro names them: the CAD keys shown when a conversation
 * is allocated ("When Allocating Calls" / "When E-Mail Allocated"), the keys included in outbound
 * calls (phone only), and the keys saved for statistics, history and reports, each with its
 * {@link HistoryMode} (default {@code last}). By default nothing is saved.
 */
public record ExtraDataSettings(
        ChannelType channel,
        List<String> includedWhenAllocating,
        List<String> includedInStatistics,
        List<String> includedInOutboundCalls,
        Map<String, HistoryMode> historyModes) {

    public ExtraDataSettings {
        requireNonNull(channel, "channel is null");
        if (channel == ChannelType.MULTI_CHANNEL) {
            throw new IllegalArgumentException("extra data settings belong to one channel, not multi-channel");
        }
        includedWhenAllocating = List.copyOf(requireNonNull(includedWhenAllocating, "includedWhenAllocating is null"));
        includedInStatistics = List.copyOf(requireNonNull(includedInStatistics, "includedInStatistics is null"));
        includedInOutboundCalls =
                List.copyOf(requireNonNull(includedInOutboundCalls, "includedInOutboundCalls is null"));
        if (channel != ChannelType.PHONE && !includedInOutboundCalls.isEmpty()) {
            throw new IllegalArgumentException("only the phone channel has outbound calls, not " + channel.wireName());
        }
        historyModes =
                Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(historyModes, "historyModes is null")));
        for (String key : historyModes.keySet()) {
            if (!includedInStatistics.contains(key)) {
                throw new IllegalArgumentException("history mode for " + key + ", which is not included in statistics");
            }
        }
    }

    /** Settings without outbound-call keys and with every statistics key in the default mode ({@code last}). */
    public ExtraDataSettings(
            ChannelType channel, List<String> includedWhenAllocating, List<String> includedInStatistics) {
        this(channel, includedWhenAllocating, includedInStatistics, List.of(), Map.of());
    }

    public static ExtraDataSettings defaults(ChannelType channel) {
        return new ExtraDataSettings(channel, List.of(), List.of());
    }

    /** The keys saved for statistics, each with the values it keeps. */
    public Map<String, HistoryMode> statisticsKeys() {
        Map<String, HistoryMode> keys = new LinkedHashMap<>();
        includedInStatistics.forEach(key -> keys.put(key, historyModes.getOrDefault(key, HistoryMode.LAST)));
        return Collections.unmodifiableMap(keys);
    }
}
