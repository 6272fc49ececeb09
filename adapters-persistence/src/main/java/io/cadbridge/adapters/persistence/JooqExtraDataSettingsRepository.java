package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.EXTRA_DATA_SETTINGS;
import static java.util.Objects.requireNonNull;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/** Each channel's Extra Data Settings in PostgreSQL, one row per channel. */
final class JooqExtraDataSettingsRepository implements ExtraDataSettingsRepository {

    private final DSLContext dsl;

    @Inject
    JooqExtraDataSettingsRepository(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public Optional<ExtraDataSettings> find(ChannelType channel) {
        return dsl.select(
                        EXTRA_DATA_SETTINGS.INCLUDED_WHEN_ALLOCATING,
                        EXTRA_DATA_SETTINGS.INCLUDED_IN_STATISTICS,
                        EXTRA_DATA_SETTINGS.INCLUDED_IN_OUTBOUND_CALLS,
                        EXTRA_DATA_SETTINGS.HISTORY_MODES)
                .from(EXTRA_DATA_SETTINGS)
                .where(EXTRA_DATA_SETTINGS.CHANNEL_TYPE.eq(channel.wireName()))
                .fetchOptional(row -> new ExtraDataSettings(
                        channel,
                        List.of(row.value1()),
                        List.of(row.value2()),
                        List.of(row.value3()),
                        historyModes(row.value4())));
    }

    @Override
    public void save(ExtraDataSettings settings) {
        String[] allocating = settings.includedWhenAllocating().toArray(String[]::new);
        String[] statistics = settings.includedInStatistics().toArray(String[]::new);
        String[] outbound = settings.includedInOutboundCalls().toArray(String[]::new);
        JSONB modes = historyModes(settings.historyModes());
        dsl.insertInto(EXTRA_DATA_SETTINGS)
                .set(EXTRA_DATA_SETTINGS.CHANNEL_TYPE, settings.channel().wireName())
                .set(EXTRA_DATA_SETTINGS.INCLUDED_WHEN_ALLOCATING, allocating)
                .set(EXTRA_DATA_SETTINGS.INCLUDED_IN_STATISTICS, statistics)
                .set(EXTRA_DATA_SETTINGS.INCLUDED_IN_OUTBOUND_CALLS, outbound)
                .set(EXTRA_DATA_SETTINGS.HISTORY_MODES, modes)
                .set(EXTRA_DATA_SETTINGS.UPDATED_AT, DSL.currentOffsetDateTime())
                .onConflict(EXTRA_DATA_SETTINGS.CHANNEL_TYPE)
                .doUpdate()
                .set(EXTRA_DATA_SETTINGS.INCLUDED_WHEN_ALLOCATING, allocating)
                .set(EXTRA_DATA_SETTINGS.INCLUDED_IN_STATISTICS, statistics)
                .set(EXTRA_DATA_SETTINGS.INCLUDED_IN_OUTBOUND_CALLS, outbound)
                .set(EXTRA_DATA_SETTINGS.HISTORY_MODES, modes)
                .set(EXTRA_DATA_SETTINGS.UPDATED_AT, excluded(EXTRA_DATA_SETTINGS.UPDATED_AT))
                .execute();
    }

    /** {@code {"key": "first"}}: only the keys whose mode was set; the others keep the default. */
    private static JSONB historyModes(Map<String, HistoryMode> modes) {
        JsonObject.Builder column = JsonObject.builder();
        modes.forEach((key, mode) -> column.put(key, new JsonString(mode.wireName())));
        return JsonColumns.jsonb(column.build());
    }

    private static Map<String, HistoryMode> historyModes(JSONB column) {
        Map<String, HistoryMode> modes = new LinkedHashMap<>();
        JsonColumns.object(column)
                .members()
                .forEach((key, value) -> modes.put(
                        key,
                        HistoryMode.parse(value instanceof JsonString text ? text.value() : "")
                                .orElseThrow(() ->
                                        new IllegalStateException("stored history mode of " + key + " is " + value))));
        return modes;
    }
}
