package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.ACCEPTED_EVENT;
import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.ERASURE;
import static io.cadbridge.adapters.persistence.jooq.Tables.HISTORY_VALUE;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_RUN;
import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.Erasures;
import io.cadbridge.domain.erasure.ErasureCriterion;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;

/**
 * Erasure in PostgreSQL, one transaction: jobs are locked before conversations (in id order), as the
 * step commits lock them, so an erasure and a step never wait for each other in a cycle.
 */
final class JooqErasures implements Erasures {

    /** What an erased event's payload becomes: the "payload unknown" of events from before V5. */
    private static final JSON NO_PAYLOAD = JSON.valueOf("{}");

    private final DSLContext dsl;

    @Inject
    JooqErasures(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public int erase(ErasureCriterion criterion, Instant at) {
        return StorageErrors.guarded(() -> PlainTransactions.inTransaction(dsl, tx -> {
            List<String> ids = List.copyOf(new TreeSet<>(matching(tx, criterion)));
            if (!ids.isEmpty()) {
                eraseConversations(tx, ids);
            }
            tx.insertInto(ERASURE, ERASURE.ERASED_AT, ERASURE.CRITERION_KIND, ERASURE.CONVERSATIONS)
                    .values(Timestamps.column(at), criterion.kind(), ids.size())
                    .execute();
            return ids.size();
        }));
    }

    private static List<String> matching(DSLContext tx, ErasureCriterion criterion) {
        return switch (criterion) {
            case ErasureCriterion.Conversation one ->
                tx.select(CONVERSATION.ID)
                        .from(CONVERSATION)
                        .where(CONVERSATION.ID.eq(one.conversationId().value()))
                        .fetch(CONVERSATION.ID);
            // Events keep the contact as the domain stored it (StoredEvents): contact.source.
            case ErasureCriterion.ContactSource source ->
                tx.selectDistinct(ACCEPTED_EVENT.CONVERSATION_ID)
                        .from(ACCEPTED_EVENT)
                        .where(DSL.field("{0} -> 'contact' ->> 'source'", String.class, ACCEPTED_EVENT.PAYLOAD)
                                .eq(source.source()))
                        .fetch(ACCEPTED_EVENT.CONVERSATION_ID);
            case ErasureCriterion.KeptValue kept ->
                tx.selectDistinct(HISTORY_VALUE.CONVERSATION_ID)
                        .from(HISTORY_VALUE)
                        .where(HISTORY_VALUE.KEY.eq(kept.key()))
                        .and(HISTORY_VALUE.VALUE_TEXT.eq(kept.value()))
                        .fetch(HISTORY_VALUE.CONVERSATION_ID);
        };
    }

    private static void eraseConversations(DSLContext tx, List<String> ids) {
        var events =
                DSL.select(ACCEPTED_EVENT.EVENT_ID).from(ACCEPTED_EVENT).where(ACCEPTED_EVENT.CONVERSATION_ID.in(ids));
        // Their work is over: a pending job would run the erased event again.
        tx.update(JOB)
                .set(JOB.STATE, JobState.DONE.column())
                .set(JOB.LEASE_OWNER, (String) null)
                .set(JOB.LEASE_UNTIL, (OffsetDateTime) null)
                .where(JOB.ID.in(DSL.select(JOB.ID)
                        .from(JOB)
                        .where(JOB.EVENT_ID.in(events))
                        .and(JOB.STATE.eq(JobState.PENDING.column()))
                        .orderBy(JOB.ID)
                        .forUpdate()))
                .execute();
        tx.select(CONVERSATION.ID)
                .from(CONVERSATION)
                .where(CONVERSATION.ID.in(ids))
                .orderBy(CONVERSATION.ID)
                .forUpdate()
                .execute();
        DailyCountRows.subtract(tx, ids);
        tx.deleteFrom(HISTORY_VALUE)
                .where(HISTORY_VALUE.CONVERSATION_ID.in(ids))
                .execute();
        tx.update(ACCEPTED_EVENT)
                .set(ACCEPTED_EVENT.PAYLOAD, NO_PAYLOAD)
                .where(ACCEPTED_EVENT.CONVERSATION_ID.in(ids))
                .execute();
        // A run's reason may quote the CRM's answer; without a step it cannot be retried (its event is gone).
        tx.update(INTEGRATION_RUN)
                .set(INTEGRATION_RUN.REASON, "erased")
                .set(INTEGRATION_RUN.STEP, (Integer) null)
                .where(INTEGRATION_RUN.CONVERSATION_ID.in(ids))
                .execute();
        tx.deleteFrom(CONVERSATION).where(CONVERSATION.ID.in(ids)).execute();
    }
}
