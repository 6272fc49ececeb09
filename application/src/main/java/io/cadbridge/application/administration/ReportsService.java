package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReportsUseCase;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.history.DailyCountsQuery;
import io.cadbridge.domain.integration.ChannelType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The Contact Log, with one column per key kept for statistics. */
public final class ReportsService implements ReportsUseCase {

    private final HistoryStore history;
    private final ExtraDataSettingsRepository settings;

    public ReportsService(HistoryStore history, ExtraDataSettingsRepository settings) {
        this.history = requireNonNull(history, "history is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    public void contactLog(ContactLogQuery query, ContactLogSink sink) {
        sink.columns(keptKeys(query.channel()));
        history.contactLog(query, sink::row);
    }

    @Override
    public DailyCountsOutcome dailyCounts(DailyCountsQuery query) {
        List<String> kept = keptKeys(Optional.empty());
        if (!kept.contains(query.key())) {
            return new DailyCountsOutcome.UnknownKey(
                    query.key(), kept.stream().sorted().toList());
        }
        return new DailyCountsOutcome.Counted(history.dailyCounts(query));
    }

    /** The keys the channel includes in statistics (every channel's, without one), in settings order. */
    private List<String> keptKeys(Optional<ChannelType> only) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        Arrays.stream(ChannelType.values())
                .filter(channel -> channel != ChannelType.MULTI_CHANNEL)
                .filter(channel -> only.map(channel::equals).orElse(true))
                .forEach(channel -> keys.addAll(settings.find(channel)
                        .orElseGet(() -> ExtraDataSettings.defaults(channel))
                        .includedInStatistics()));
        return List.copyOf(keys);
    }
}
