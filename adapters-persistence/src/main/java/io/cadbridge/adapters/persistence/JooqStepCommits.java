package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_RUN;
import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;
import static io.cadbridge.adapters.persistence.jooq.Tables.STATISTICS_ENTRY;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.QueuedWork.StepEffects;
import io.cadbridge.application.port.out.RunReasons;
import io.cadbridge.application.port.out.RunRecord;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * One transaction's worth of step commits (ADR 0015): each step whose job is still at that step and
 * leased by the committing process advances its job, merges its attached data under its version,
 * keeps its statistics and records its run; a step whose lease was lost commits nothing.
 */
final class JooqStepCommits {

    private static final Field<OffsetDateTime> CLOCK_TIMESTAMP = DSL.field("clock_timestamp()", OffsetDateTime.class);

    private final DSLContext tx;
    private final Clock clock;
    private final CadLimits limits;

    JooqStepCommits(DSLContext tx, Clock clock, CadLimits limits) {
        this.tx = tx;
        this.clock = clock;
        this.limits = limits;
    }

    List<StepCommitted> commit(List<StepCommit> steps) {
        // 1. Advance each job whose lease this process still holds; the others commit nothing. Job
        //    rows are locked in id order, like the heartbeat does, so the two never deadlock.
        List<StepCommit> byJob = steps.stream().sorted(Comparator.comparingLong(StepCommit::jobId)).toList();
        int[] advanced = tx.batch(byJob.stream().map(step -> advance(step)).toList()).execute();
        Set<StepCommit> advancedSteps = new HashSet<>();
        for (int i = 0; i < byJob.size(); i++) {
            if (advanced[i] == 1) {
                advancedSteps.add(byJob.get(i));
            }
        }
        List<StepCommit> held = steps.stream().filter(advancedSteps::contains).toList();
        // 2. Merge the attached data, conversations locked in id order (no deadlock between batches).
        Map<String, VersionedAttachedData> conversations = lockConversations(held);
        Map<StepCommit, StepEffects> effects = new HashMap<>();
        Instant now = clock.instant();
        for (StepCommit step : held) {
            String conversation = step.run().conversationId().value();
            StepEffects stepEffects = step.effects(conversations.getOrDefault(conversation, VersionedAttachedData.EMPTY), limits, now);
            stepEffects.after().ifPresent(after -> conversations.put(conversation, after));
            effects.put(step, stepEffects);
        }
        Set<String> changed = new TreeSet<>();
        effects.values().forEach(stepEffects -> stepEffects.after().ifPresent(after -> changed.add(stepEffects.run().conversationId().value())));
        OffsetDateTime updatedAt = Timestamps.column(now);
        if (!changed.isEmpty()) {
            tx.batch(changed.stream().map(id -> (Query) tx.update(CONVERSATION)
                    .set(CONVERSATION.ATTACHED_DATA, JsonColumns.json(conversations.get(id).data().values()))
                    .set(CONVERSATION.KEY_VERSIONS, KeyVersions.column(conversations.get(id).versions()))
                    .set(CONVERSATION.UPDATED_AT, updatedAt)
                    .where(CONVERSATION.ID.eq(id))).toList()).execute();
        }
        // 3. The runs and the statistics.
        if (!held.isEmpty()) {
            var runs = tx.insertInto(INTEGRATION_RUN, INTEGRATION_RUN.ID, INTEGRATION_RUN.INTEGRATION_ID, INTEGRATION_RUN.EVENT_ID,
                    INTEGRATION_RUN.EVENT_NAME, INTEGRATION_RUN.CONVERSATION_ID, INTEGRATION_RUN.STATUS, INTEGRATION_RUN.REASON,
                    INTEGRATION_RUN.HTTP_STATUS, INTEGRATION_RUN.DURATION_MICROS, INTEGRATION_RUN.STARTED_AT, INTEGRATION_RUN.JOB_ID,
                    INTEGRATION_RUN.STEP);
            for (StepCommit step : held) {
                RunRecord run = effects.get(step).run();
                runs = runs.values(run.id(), run.integrationId().value(), run.eventId().value(), run.eventName().displayName(),
                        run.conversationId().value(), run.status().wireName(), RunReasons.stored(run.reason()),
                        run.httpStatus().isPresent() ? run.httpStatus().getAsInt() : null, TimeUnit.MICROSECONDS.convert(run.duration()),
                        Timestamps.column(run.startedAt().truncatedTo(ChronoUnit.MICROS)), step.jobId(), step.version().step());
            }
            runs.execute();
        }
        List<StatisticsEntry> statistics = effects.values().stream().flatMap(stepEffects -> stepEffects.statistics().stream()).toList();
        if (!statistics.isEmpty()) {
            var insert = tx.insertInto(STATISTICS_ENTRY, STATISTICS_ENTRY.CONVERSATION_ID, STATISTICS_ENTRY.KEY, STATISTICS_ENTRY.VALUE,
                    STATISTICS_ENTRY.EVENT_ID, STATISTICS_ENTRY.SAVED_AT);
            // One row per (conversation, key): the last write of the batch wins, as the merge did.
            Map<String, StatisticsEntry> last = new TreeMap<>();
            statistics.forEach(entry -> last.put(entry.conversationId().value() + "\u0000" + entry.key(), entry));
            for (StatisticsEntry entry : last.values()) {
                insert = insert.values(entry.conversationId().value(), entry.key(), JsonColumns.jsonb(entry.value()), entry.eventId().value(),
                        Timestamps.column(entry.savedAt()));
            }
            insert.onConflict(STATISTICS_ENTRY.CONVERSATION_ID, STATISTICS_ENTRY.KEY).doUpdate()
                    .set(STATISTICS_ENTRY.VALUE, excluded(STATISTICS_ENTRY.VALUE))
                    .set(STATISTICS_ENTRY.EVENT_ID, excluded(STATISTICS_ENTRY.EVENT_ID))
                    .set(STATISTICS_ENTRY.SAVED_AT, excluded(STATISTICS_ENTRY.SAVED_AT))
                    .execute();
        }
        List<StepCommitted> results = new ArrayList<>();
        for (StepCommit step : steps) {
            StepEffects stepEffects = effects.get(step);
            results.add(stepEffects == null ? new StepCommitted.LeaseLost() : new StepCommitted.Committed(stepEffects.run()));
        }
        return results;
    }

    /** Moves the job past {@code step} if it is still there and leased by the step's owner. */
    private Query advance(StepCommit step) {
        boolean done = step.next().isEmpty();
        boolean keep = !done && step.keepLease();
        return tx.update(JOB)
                .set(JOB.NEXT_STEP, JOB.NEXT_STEP.plus(1))
                .set(JOB.STATE, done ? "done" : "pending")
                .set(JOB.RUN_AT, done ? JOB.RUN_AT : DSL.val(Timestamps.column(step.next().get())))
                .set(JOB.LEASE_OWNER, keep ? JOB.LEASE_OWNER : DSL.val((String) null))
                .set(JOB.LEASE_UNTIL, keep ? JOB.LEASE_UNTIL : DSL.val((OffsetDateTime) null))
                // clock_timestamp(), not now(): the time the step is committed, not when its batch began.
                .set(JOB.FINISHED_AT, done ? CLOCK_TIMESTAMP : DSL.val((OffsetDateTime) null))
                .set(JOB.FINISHED_BY, done ? step.owner() : null)
                .where(JOB.ID.eq(step.jobId()))
                .and(JOB.NEXT_STEP.eq(step.index()))
                .and(JOB.STATE.eq("pending"))
                .and(JOB.LEASE_OWNER.eq(step.owner()));
    }

    private Map<String, VersionedAttachedData> lockConversations(List<StepCommit> steps) {
        Set<String> ids = new TreeSet<>();
        steps.stream().filter(step -> !step.saved().members().isEmpty()).forEach(step -> ids.add(step.run().conversationId().value()));
        Map<String, VersionedAttachedData> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        tx.select(CONVERSATION.ID, CONVERSATION.ATTACHED_DATA, CONVERSATION.KEY_VERSIONS).from(CONVERSATION)
                .where(CONVERSATION.ID.in(ids))
                .orderBy(CONVERSATION.ID)
                .forUpdate()
                .fetch()
                .forEach(row -> found.put(row.value1(), new VersionedAttachedData(
                        new AttachedData(JsonColumns.object(row.value2())), KeyVersions.read(row.value3()))));
        return found;
    }

}
