package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.EXTRA_DATA_SETTINGS;
import static java.util.Objects.requireNonNull;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
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
        return dsl.select(EXTRA_DATA_SETTINGS.INCLUDED_WHEN_ALLOCATING, EXTRA_DATA_SETTINGS.INCLUDED_IN_STATISTICS)
                .from(EXTRA_DATA_SETTINGS)
                .where(EXTRA_DATA_SETTINGS.CHANNEL_TYPE.eq(channel.wireName()))
                .fetchOptional(row -> new ExtraDataSettings(channel, List.of(row.value1()), List.of(row.value2())));
    }

    @Override
    public void save(ExtraDataSettings settings) {
        dsl.insertInto(EXTRA_DATA_SETTINGS)
                .set(EXTRA_DATA_SETTINGS.CHANNEL_TYPE, settings.channel().wireName())
                .set(
                        EXTRA_DATA_SETTINGS.INCLUDED_WHEN_ALLOCATING,
                        settings.includedWhenAllocating().toArray(String[]::new))
                .set(
                        EXTRA_DATA_SETTINGS.INCLUDED_IN_STATISTICS,
                        settings.includedInStatistics().toArray(String[]::new))
                .set(EXTRA_DATA_SETTINGS.UPDATED_AT, DSL.currentOffsetDateTime())
                .onConflict(EXTRA_DATA_SETTINGS.CHANNEL_TYPE)
                .doUpdate()
                .set(
                        EXTRA_DATA_SETTINGS.INCLUDED_WHEN_ALLOCATING,
                        excluded(EXTRA_DATA_SETTINGS.INCLUDED_WHEN_ALLOCATING))
                .set(EXTRA_DATA_SETTINGS.INCLUDED_IN_STATISTICS, excluded(EXTRA_DATA_SETTINGS.INCLUDED_IN_STATISTICS))
                .set(EXTRA_DATA_SETTINGS.UPDATED_AT, excluded(EXTRA_DATA_SETTINGS.UPDATED_AT))
                .execute();
    }
}
