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
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/** Conversations and their attached data in PostgreSQL. */
final class JooqConversationStore implements ConversationStore {

    /** jsonb {@code ||}: top-level keys of the right side overwrite those of the left side. */
    private static final Field<JSONB> MERGED_ATTACHED_DATA = DSL.field("{0} || {1}", CONVERSATION.ATTACHED_DATA.getDataType(),
            CONVERSATION.ATTACHED_DATA, excluded(CONVERSATION.ATTACHED_DATA));

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
        Record2<JSONB, OffsetDateTime> row = dsl.insertInto(CONVERSATION)
                .set(CONVERSATION.ID, id.value())
                .set(CONVERSATION.ATTACHED_DATA, JsonColumns.jsonb(saved))
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

    private static Conversation conversation(ConversationId id, Record2<JSONB, OffsetDateTime> row) {
        return new Conversation(id, new AttachedData(JsonColumns.object(row.value1())), Timestamps.instant(row.value2()));
    }
}
