package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.StoredConversation;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.JSON;
import org.jooq.JSONB;

/** The step commit's statements for conversations (ADR 0033): locked and read, then their attached data written. */
final class StepConversations {

    /** The conversations of a batch, locked in id order (no deadlock between batches). */
    private static final String LOCK_CONVERSATIONS = "select id, attached_data, key_versions, closed_at,"
            + " channel_type, kept_values is not null from conversation where id = any(?::text[])"
            + " order by id for update";

    /** Kept values merge as {@link JooqHistoryValues#keptValues}: first values under the stored ones, latest over them. */
    private static final String UPDATE_CONVERSATIONS = "update conversation set"
            + " attached_data = change.data::json, key_versions = change.versions::jsonb,"
            + " updated_at = ?::timestamptz,"
            + " kept_values = case when change.first is null then conversation.kept_values"
            + " else change.first::jsonb || coalesce(conversation.kept_values, '{}'::jsonb) || change.latest::jsonb end"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " as change(id, data, versions, first, latest) where conversation.id = change.id";

    private StepConversations() {}

    /** Each changed conversation's attached data after its steps, and its kept values when they kept statistics. */
    static ArrayStatements.Bound update(
            ArrayStatements statements,
            Map<String, List<StatisticsEntry>> changed,
            Map<String, StoredConversation> conversations,
            Instant now) {
        List<String> ids = List.copyOf(changed.keySet());
        Map<String, JooqHistoryValues.KeptValues> kept = new HashMap<>();
        changed.forEach((id, statistics) -> {
            if (!statistics.isEmpty()) {
                kept.put(id, JooqHistoryValues.KeptValues.of(statistics));
            }
        });
        return new ArrayStatements.Bound(
                UPDATE_CONVERSATIONS,
                ArrayStatements.Bound.NO_ROWS,
                statements.instant(now),
                statements.texts(ids),
                statements.texts(
                        ids, id -> conversations.get(id).data().data().values().toJson()),
                statements.texts(
                        ids,
                        id -> KeyVersions.column(conversations.get(id).data().versions())
                                .data()),
                statements.texts(
                        ids, id -> kept.containsKey(id) ? kept.get(id).first().toJson() : null),
                statements.texts(
                        ids, id -> kept.containsKey(id) ? kept.get(id).latest().toJson() : null));
    }

    /**
     * Locks, in id order, the conversations the batch's steps save data into (those of a step whose lease
     * was lost too: it is rare, and they are locked before it is known) and reads them into {@code found}.
     * Also notes each one's channel into {@code channels}, for the daily counts, and into {@code keeping}
     * the conversations that keep values already (whose earlier values the counts read).
     */
    static Optional<ArrayStatements.Bound> lock(
            ArrayStatements statements,
            List<StepCommit> steps,
            Map<String, StoredConversation> found,
            Map<String, String> channels,
            Set<String> keeping) {
        Set<String> ids = new TreeSet<>();
        steps.stream()
                .filter(step -> step.outcome().savesData())
                .forEach(step -> ids.add(step.outcome().run().conversationId().value()));
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ArrayStatements.Bound(
                LOCK_CONVERSATIONS,
                row -> {
                    String id = row.getString(1);
                    found.put(
                            id,
                            new StoredConversation(
                                    new VersionedAttachedData(
                                            new AttachedData(JsonColumns.object(JSON.valueOf(row.getString(2)))),
                                            KeyVersions.read(JSONB.valueOf(row.getString(3)))),
                                    Optional.ofNullable(row.getObject(4, OffsetDateTime.class))
                                            .map(Timestamps::instant)));
                    String channel = row.getString(5);
                    channels.put(id, channel == null ? "" : channel);
                    if (row.getBoolean(6)) {
                        keeping.add(id);
                    }
                },
                statements.texts(List.copyOf(ids))));
    }
}
