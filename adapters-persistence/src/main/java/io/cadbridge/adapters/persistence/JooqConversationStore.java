package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Record2;

/** Conversations and their attached data in PostgreSQL. */
final class JooqConversationStore implements ConversationStore {

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

    private static Conversation conversation(ConversationId id, Record2<JSON, OffsetDateTime> row) {
        return new Conversation(
                id, new AttachedData(JsonColumns.object(row.value1())), Timestamps.instant(row.value2()));
    }
}
