package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_RUN;
import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;

import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.StoredConversation;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.StepEffects;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final LateUpdates late;

    JooqStepCommits(DSLContext tx, Clock clock, CadLimits limits, LateUpdates late) {
        this.tx = tx;
        this.clock = clock;
        this.limits = limits;
        this.late = late;
    }

    List<StepCommitted> commit(List<StepCommit> steps) {
        List<StepCommit> held = advanceHeldJobs(steps);
        Map<String, String> channels = new HashMap<>();
        Set<String> keeping = new HashSet<>();
        Map<StepCommit, StepEffects> effects = mergeAttachedData(held, channels, keeping);
        insertRuns(held, effects);
        List<StatisticsEntry> statistics = new ArrayList<>();
        effects.values().forEach(stepEffects -> statistics.addAll(stepEffects.statistics()));
        new JooqHistoryValues(tx).keep(statistics, channels, keeping::contains);
        return steps.stream()
                .<StepCommitted>map(step -> effects.containsKey(step)
                        ? new StepCommitted.Committed(effects.get(step).run())
                        : new StepCommitted.LeaseLost())
                .toList();
    }

    /**
     * Advances each job whose lease this process still holds; returns those steps, in the order
     * given. Job rows are locked in id order, like the heartbeat does, so the two never deadlock.
     */
    private List<StepCommit> advanceHeldJobs(List<StepCommit> steps) {
        List<StepCommit> byJob = steps.stream()
                .sorted(Comparator.comparingLong(StepCommit::jobId))
                .toList();
        int[] advanced = tx.batch(byJob.stream().map(this::advance).toList()).execute();
        Set<StepCommit> held = new HashSet<>();
        for (int i = 0; i < byJob.size(); i++) {
            if (advanced[i] == 1) {
                held.add(byJob.get(i));
            }
        }
        return steps.stream().filter(held::contains).toList();
    }

    /** Moves the job past {@code step} if it is still there and leased by the step's owner. */
    private Query advance(StepCommit step) {
        var update = switch (step.next()) {
            case NextStep.None none ->
                tx.update(JOB)
                        .set(JOB.STATE, JobState.DONE.column())
                        .set(JOB.LEASE_OWNER, (String) null)
                        .set(JOB.LEASE_UNTIL, (OffsetDateTime) null)
                        // clock_timestamp(), not now(): the time the step is committed, not when its batch began.
                        .set(JOB.FINISHED_AT, CLOCK_TIMESTAMP)
                        .set(JOB.FINISHED_BY, step.owner());
            case NextStep.Here here -> tx.update(JOB).set(JOB.RUN_AT, Timestamps.column(here.dueAt()));
            case NextStep.Anyone anyone ->
                tx.update(JOB)
                        .set(JOB.RUN_AT, Timestamps.column(anyone.dueAt()))
                        .set(JOB.LEASE_OWNER, (String) null)
                        .set(JOB.LEASE_UNTIL, (OffsetDateTime) null);
        };
        return update.set(JOB.NEXT_STEP, JOB.NEXT_STEP.plus(1))
                .where(JOB.ID.eq(step.jobId()))
                .and(JOB.NEXT_STEP.eq(step.index()))
                .and(JOB.STATE.eq(JobState.PENDING.column()))
                .and(JOB.LEASE_OWNER.eq(step.owner()));
    }

    /** Applies each step to its conversation's attached data, conversations locked in id order (no deadlock between batches). */
    private Map<StepCommit, StepEffects> mergeAttachedData(
            List<StepCommit> held, Map<String, String> channels, Set<String> keeping) {
        Map<String, StoredConversation> conversations = lockConversations(held, channels, keeping);
        Map<StepCommit, StepEffects> effects = new LinkedHashMap<>();
        // Statistics come only with a change to the attached data: every conversation keeping some is here.
        Map<String, List<StatisticsEntry>> changed = new TreeMap<>();
        Instant now = clock.instant();
        for (StepCommit step : held) {
            String conversation = step.outcome().run().conversationId().value();
            StoredConversation before = conversations.getOrDefault(conversation, StoredConversation.EMPTY);
            StepEffects stepEffects = step.outcome().applyTo(before, limits, late, now);
            stepEffects.after().ifPresent(after -> {
                conversations.put(conversation, new StoredConversation(after, before.closedAt()));
                changed.computeIfAbsent(conversation, id -> new ArrayList<>()).addAll(stepEffects.statistics());
            });
            effects.put(step, stepEffects);
        }
        if (!changed.isEmpty()) {
            OffsetDateTime updatedAt = Timestamps.column(now);
            tx.batch(changed.entrySet().stream()
                            .map(conversation -> update(
                                    conversation.getKey(),
                                    conversations.get(conversation.getKey()).data(),
                                    conversation.getValue(),
                                    updatedAt))
                            .toList())
                    .execute();
        }
        return effects;
    }

    /** The conversation's attached data after its steps, and its Contact Log line when they kept statistics. */
    private Query update(
            String id, VersionedAttachedData after, List<StatisticsEntry> statistics, OffsetDateTime updatedAt) {
        var update = tx.update(CONVERSATION)
                .set(CONVERSATION.ATTACHED_DATA, JsonColumns.json(after.data().values()))
                .set(CONVERSATION.KEY_VERSIONS, KeyVersions.column(after.versions()))
                .set(CONVERSATION.UPDATED_AT, updatedAt);
        if (!statistics.isEmpty()) {
            update = update.set(CONVERSATION.KEPT_VALUES, JooqHistoryValues.keptValues(statistics));
        }
        return update.where(CONVERSATION.ID.eq(id));
    }

    /**
     * Also notes each conversation's channel into {@code channels}, for the daily counts, and into
     * {@code keeping} the conversations that keep values already (whose earlier values the counts read).
     */
    private Map<String, StoredConversation> lockConversations(
            List<StepCommit> steps, Map<String, String> channels, Set<String> keeping) {
        Set<String> ids = new TreeSet<>();
        steps.stream()
                .filter(step -> step.outcome().savesData())
                .forEach(step -> ids.add(step.outcome().run().conversationId().value()));
        Map<String, StoredConversation> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        tx.select(
                        CONVERSATION.ID,
                        CONVERSATION.ATTACHED_DATA,
                        CONVERSATION.KEY_VERSIONS,
                        CONVERSATION.CLOSED_AT,
                        CONVERSATION.CHANNEL_TYPE,
                        CONVERSATION.KEPT_VALUES.isNotNull())
                .from(CONVERSATION)
                .where(CONVERSATION.ID.in(ids))
                .orderBy(CONVERSATION.ID)
                .forUpdate()
                .fetch()
                .forEach(row -> {
                    found.put(
                            row.value1(),
                            new StoredConversation(
                                    new VersionedAttachedData(
                                            new AttachedData(JsonColumns.object(row.value2())),
                                            KeyVersions.read(row.value3())),
                                    Optional.ofNullable(row.value4()).map(Timestamps::instant)));
                    channels.put(row.value1(), row.value5() == null ? "" : row.value5());
                    if (row.value6()) {
                        keeping.add(row.value1());
                    }
                });
        return found;
    }

    private void insertRuns(List<StepCommit> held, Map<StepCommit, StepEffects> effects) {
        if (held.isEmpty()) {
            return;
        }
        var runs = tx.insertInto(
                INTEGRATION_RUN,
                INTEGRATION_RUN.ID,
                INTEGRATION_RUN.INTEGRATION_ID,
                INTEGRATION_RUN.INTEGRATION_NAME,
                INTEGRATION_RUN.EVENT_ID,
                INTEGRATION_RUN.EVENT_NAME,
                INTEGRATION_RUN.CONVERSATION_ID,
                INTEGRATION_RUN.STATUS,
                INTEGRATION_RUN.REASON,
                INTEGRATION_RUN.HTTP_STATUS,
                INTEGRATION_RUN.DURATION_MICROS,
                INTEGRATION_RUN.STARTED_AT,
                INTEGRATION_RUN.JOB_ID,
                INTEGRATION_RUN.STEP);
        for (StepCommit step : held) {
            Run run = effects.get(step).run();
            runs = runs.values(
                    run.id(),
                    run.integrationId().value(),
                    run.integrationName(),
                    run.eventId().value(),
                    run.eventName().displayName(),
                    run.conversationId().value(),
                    run.status().wireName(),
                    run.reason(),
                    run.httpStatus().isPresent() ? run.httpStatus().getAsInt() : null,
                    TimeUnit.MICROSECONDS.convert(run.duration()),
                    // Truncated here, so what is kept does not depend on how the driver or the server rounds.
                    Timestamps.column(run.startedAt().truncatedTo(ChronoUnit.MICROS)),
                    step.jobId(),
                    step.outcome().version().step());
        }
        runs.execute();
    }
}
