package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReportsUseCase;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.history.DailyCountsQuery;
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
        sink.columns(KeptKeys.of(settings, query.channel()));
        history.contactLog(query, sink::row);
    }

    @Override
    public DailyCountsOutcome dailyCounts(DailyCountsQuery query) {
        List<String> kept = KeptKeys.of(settings, Optional.empty());
        if (!kept.contains(query.key())) {
            return new DailyCountsOutcome.UnknownKey(
                    query.key(), kept.stream().sorted().toList());
        }
        return new DailyCountsOutcome.Counted(history.dailyCounts(query));
    }
}
