package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.Placement;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import io.cadbridge.domain.integration.ChannelType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.Query;
import org.jooq.Record2;
import org.jooq.impl.DSL;

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

    @Override
    public Optional<Placement> placement(ConversationId id) {
        return StorageErrors.guarded(() -> dsl.select(CONVERSATION.CHANNEL_TYPE, CONVERSATION.QUEUE)
                .from(CONVERSATION)
                .where(CONVERSATION.ID.eq(id.value()))
                .fetchOptional(row -> new Placement(
                        Optional.ofNullable(row.value1()).flatMap(ChannelType::fromWireName),
                        Optional.ofNullable(row.value2()))));
    }

    /**
     * Conversations due are locked {@code SKIP LOCKED} (a step committing to one of them goes first; it
     * is done on a later call), oldest close first, and rewritten in one transaction.
     */
    @Override
    public int removeUnsavedKeys(Instant closedBefore, Map<ChannelType, Set<String>> savedKeys, int max) {
        return StorageErrors.guarded(() -> PlainTransactions.inTransaction(dsl, tx -> {
            var due = tx.select(
                            CONVERSATION.ID,
                            CONVERSATION.CHANNEL_TYPE,
                            CONVERSATION.ATTACHED_DATA,
                            CONVERSATION.KEY_VERSIONS)
                    .from(CONVERSATION)
                    .where(CONVERSATION.CLOSED_AT.lt(Timestamps.column(closedBefore)))
                    .and(CONVERSATION.UNSAVED_KEYS_REMOVED_AT.isNull())
                    .orderBy(CONVERSATION.CLOSED_AT)
                    .limit(max)
                    .forUpdate()
                    .skipLocked()
                    .fetch();
            if (due.isEmpty()) {
                return 0;
            }
            List<Query> updates = new ArrayList<>();
            for (var row : due) {
                Set<String> kept = ChannelType.fromWireName(row.value2() == null ? "" : row.value2())
                        .map(channel -> savedKeys.getOrDefault(channel, Set.of()))
                        .orElse(Set.of());
                VersionedAttachedData after = new VersionedAttachedData(
                                new AttachedData(JsonColumns.object(row.value3())), KeyVersions.read(row.value4()))
                        .retain(kept);
                updates.add(tx.update(CONVERSATION)
                        .set(
                                CONVERSATION.ATTACHED_DATA,
                                JsonColumns.json(after.data().values()))
                        .set(CONVERSATION.KEY_VERSIONS, KeyVersions.column(after.versions()))
                        .set(CONVERSATION.UNSAVED_KEYS_REMOVED_AT, DSL.currentOffsetDateTime())
                        .where(CONVERSATION.ID.eq(row.value1())));
            }
            tx.batch(updates).execute();
            return due.size();
        }));
    }

    private static Conversation conversation(ConversationId id, Record2<JSON, OffsetDateTime> row) {
        return new Conversation(
                id, new AttachedData(JsonColumns.object(row.value1())), Timestamps.instant(row.value2()));
    }
}
