package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;
import java.util.LinkedHashSet;
import java.util.Set;

/** Which attached-data keys the event's channel keeps for statistics ("Extra Data Included in Statistics"). */
public final class StatisticsKeys {

    private final ExtraDataSettingsRepository settings;

    public StatisticsKeys(ExtraDataSettingsRepository settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    /** The included keys of the event's channel; none for multi-channel or an unknown channel type. */
    public Set<String> includedKeys(ConversationEvent event) {
        return ChannelType.fromWireName(event.contact().channelType())
                .filter(type -> type != ChannelType.MULTI_CHANNEL)
                .map(channel -> settings.find(channel).orElseGet(() -> ExtraDataSettings.defaults(channel)))
                .<Set<String>>map(channelSettings -> new LinkedHashSet<>(channelSettings.includedInStatistics()))
                .orElse(Set.of());
    }
}
