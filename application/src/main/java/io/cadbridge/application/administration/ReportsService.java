package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReportsUseCase;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.integration.ChannelType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

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
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        Arrays.stream(ChannelType.values())
                .filter(channel -> channel != ChannelType.MULTI_CHANNEL)
                .filter(channel -> query.channel().map(channel::equals).orElse(true))
                .forEach(channel -> keys.addAll(settings.find(channel)
                        .orElseGet(() -> ExtraDataSettings.defaults(channel))
                        .includedInStatistics()));
        sink.columns(List.copyOf(keys));
        history.contactLog(query, sink::row);
    }
}
