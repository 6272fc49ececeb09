package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static java.util.Objects.requireNonNull;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.json.JsonObject;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/** Conversations and their attached data in PostgreSQL. */
final class JooqConversationStore implements ConversationStore {

    /**
     * Top-level keys of the new data overwrite the stored ones, like jsonb {@code ||}, but the order is
     * kept: stored keys stay where they were (an overwritten key keeps its place), new keys follow in
     * the order they were saved.
     */
    private static final Field<JSON> MERGED_ATTACHED_DATA = DSL.field("""
            (select coalesce(json_object_agg(merged.key, merged.value order by merged.position), '{}'::json)
               from (select coalesce(new.key, old.key) as key,
                            coalesce(new.value, old.value) as value,
                            coalesce(old.position, 1000000000 + new.position) as position
                       from json_each({0}) with ordinality as old(key, value, position)
                       full join json_each({1}) with ordinality as new(key, value, position)
                         on old.key = new.key) as merged)""",
            CONVERSATION.ATTACHED_DATA.getDataType(), CONVERSATION.ATTACHED_DATA, excluded(CONVERSATION.ATTACHED_DATA));

    private final DSLContext dsl;

    @Inject
    JooqConversationStore(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return dsl.select(CONVERSATION.ATTACHED_DATA, CONVERSATION.UPDATED_AT)
                .from(CONVERSATION)
                .where(CONVERSATION.ID.eq(id.value()))
                .fetchOptional(row -> conversation(id, row));
    }

    /** One statement, so concurrent merges into the same conversation cannot lose each other's keys. */
    @Override
    public Conversation mergeAttachedData(ConversationId id, JsonObject saved, Instant at) {
        OffsetDateTime time = Timestamps.column(at);
        Record2<JSON, OffsetDateTime> row = dsl.insertInto(CONVERSATION)
                .set(CONVERSATION.ID, id.value())
                .set(CONVERSATION.ATTACHED_DATA, JsonColumns.json(saved))
                .set(CONVERSATION.CREATED_AT, time)
                .set(CONVERSATION.UPDATED_AT, time)
                .onConflict(CONVERSATION.ID)
                .doUpdate()
                .set(CONVERSATION.ATTACHED_DATA, MERGED_ATTACHED_DATA)
                .set(CONVERSATION.UPDATED_AT, excluded(CONVERSATION.UPDATED_AT))
                .returningResult(CONVERSATION.ATTACHED_DATA, CONVERSATION.UPDATED_AT)
                .fetchSingle();
        return conversation(id, row);
    }

    private static Conversation conversation(ConversationId id, Record2<JSON, OffsetDateTime> row) {
        return new Conversation(id, new AttachedData(JsonColumns.object(row.value1())), Timestamps.instant(row.value2()));
    }
}
