package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.integration.ChannelType;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Saves the attached-data keys that the channel's "Extra Data Included in Statistics" names. */
public final class StatisticsRecorder {

    private final ExtraDataSettingsRepository settings;
    private final StatisticsStore store;
    private final Clock clock;

    public StatisticsRecorder(ExtraDataSettingsRepository settings, StatisticsStore store, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Records the included keys among {@code changedKeys}, with their values after the merge. */
    public void record(ConversationEvent event, AttachedData attachedData, Set<String> changedKeys) {
        if (changedKeys.isEmpty()) {
            return;
        }
        ChannelType channel = ChannelType.fromWireName(event.contact().channelType())
                .filter(type -> type != ChannelType.MULTI_CHANNEL)
                .orElse(null);
        if (channel == null) {
            return;
        }
        ExtraDataSettings channelSettings = settings.find(channel).orElseGet(() -> ExtraDataSettings.defaults(channel));
        List<StatisticsEntry> entries = channelSettings.statisticsPart(attachedData.values()).members().entrySet().stream()
                .filter(entry -> changedKeys.contains(entry.getKey()))
                .map(entry -> new StatisticsEntry(event.conversationId(), entry.getKey(), entry.getValue(), event.id(), clock.instant()))
                .toList();
        if (!entries.isEmpty()) {
            store.save(entries);
        }
    }
}
