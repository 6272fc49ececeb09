package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.integration.ChannelType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which attached-data keys the event's channel keeps for statistics ("Extra Data Included in
 * Statistics"). The settings are read at most every {@code maxAge} per channel; saving them through
 * this object takes effect at once on this process.
 */
public final class StatisticsKeys implements ExtraDataSettingsRepository {

    private final ExtraDataSettingsRepository settings;
    private final ReadThroughCache<ChannelType, Optional<ExtraDataSettings>> cache;

    public StatisticsKeys(ExtraDataSettingsRepository settings, Clock clock, Duration maxAge) {
        this.settings = requireNonNull(settings, "settings is null");
        this.cache = new ReadThroughCache<>(clock, maxAge);
    }

    @Override
    public Optional<ExtraDataSettings> find(ChannelType channel) {
        return cache.get(channel, settings::find);
    }

    @Override
    public void save(ExtraDataSettings changed) {
        settings.save(changed);
        cache.invalidate();
    }

    /** The keys the event's channel includes in statistics, with their history modes; none for multi-channel or an unknown channel type. */
    public Map<String, HistoryMode> includedKeys(ConversationEvent event) {
        return ChannelType.fromWireName(event.contact().channelType())
                .filter(type -> type != ChannelType.MULTI_CHANNEL)
                .map(channel -> find(channel).orElseGet(() -> ExtraDataSettings.defaults(channel)))
                .map(ExtraDataSettings::statisticsKeys)
                .orElse(Map.of());
    }

    /** The keys the channel includes in statistics (none when it has no settings). */
    public List<String> keysOf(ChannelType channel) {
        return find(channel)
                .orElseGet(() -> ExtraDataSettings.defaults(channel))
                .includedInStatistics();
    }
}
