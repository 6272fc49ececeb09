package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.EXTRA_DATA_DAILY;
import static io.cadbridge.adapters.persistence.jooq.Tables.HISTORY_VALUE;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_RUN;
import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;
import static org.jooq.impl.DSL.excluded;

import io.cadbridge.adapters.persistence.jooq.tables.records.HistoryValueRecord;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.StoredConversation;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import io.cadbridge.domain.history.DailyCount;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.StepEffects;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
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
import org.jooq.InsertValuesStep7;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * One transaction's worth of step commits (ADR 0015): each step whose job is still at that step and
 * leased by the committing process advances its job, merges its attached data under its version,
 * keeps its statistics and records its run; a step whose lease was lost commits nothing.
 */
final class JooqStepCommits {

    private static final Field<OffsetDateTime> CLOCK_TIMESTAMP = DSL.field("clock_timestamp()", OffsetDateTime.class);
    private static final Field<Long> NEXT_HISTORY_SEQ = DSL.field("nextval('history_value_seq')", Long.class);

    /** One statistics row: the last write of a batch to a conversation's key wins, as the merge did. */
    private record StatisticsKey(String conversationId, String key) implements Comparable<StatisticsKey> {
        private static final Comparator<StatisticsKey> ORDER =
                Comparator.comparing(StatisticsKey::conversationId).thenComparing(StatisticsKey::key);

        @Override
        public int compareTo(StatisticsKey other) {
            return ORDER.compare(this, other);
        }
    }

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
        Map<StepCommit, StepEffects> effects = mergeAttachedData(held, channels);
        insertRuns(held, effects);
        upsertStatistics(effects.values(), channels);
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
    private Map<StepCommit, StepEffects> mergeAttachedData(List<StepCommit> held, Map<String, String> channels) {
        Map<String, StoredConversation> conversations = lockConversations(held, channels);
        Map<StepCommit, StepEffects> effects = new LinkedHashMap<>();
        Set<String> changed = new TreeSet<>();
        Instant now = clock.instant();
        for (StepCommit step : held) {
            String conversation = step.outcome().run().conversationId().value();
            StoredConversation before = conversations.getOrDefault(conversation, StoredConversation.EMPTY);
            StepEffects stepEffects = step.outcome().applyTo(before, limits, late, now);
            stepEffects.after().ifPresent(after -> {
                conversations.put(conversation, new StoredConversation(after, before.closedAt()));
                changed.add(conversation);
            });
            effects.put(step, stepEffects);
        }
        if (!changed.isEmpty()) {
            OffsetDateTime updatedAt = Timestamps.column(now);
            tx.batch(changed.stream()
                            .map(id -> (Query) tx.update(CONVERSATION)
                                    .set(
                                            CONVERSATION.ATTACHED_DATA,
                                            JsonColumns.json(conversations
                                                    .get(id)
                                                    .data()
                                                    .data()
                                                    .values()))
                                    .set(
                                            CONVERSATION.KEY_VERSIONS,
                                            KeyVersions.column(
                                                    conversations.get(id).data().versions()))
                                    .set(CONVERSATION.UPDATED_AT, updatedAt)
                                    .where(CONVERSATION.ID.eq(id)))
                            .toList())
                    .execute();
        }
        return effects;
    }

    /** Also notes each conversation's channel into {@code channels}, for the daily counts. */
    private Map<String, StoredConversation> lockConversations(List<StepCommit> steps, Map<String, String> channels) {
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
                        CONVERSATION.CHANNEL_TYPE)
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

    /**
     * The values kept for history, by each key's mode: a {@code first} key keeps the value it has
     * (the first of a batch when it has none), a {@code last} key takes the batch's last value, an
     * {@code all} key adds every value with its own sequence number.
     */
    private void upsertStatistics(Iterable<StepEffects> effects, Map<String, String> channels) {
        Map<StatisticsKey, StatisticsEntry> first = new TreeMap<>();
        Map<StatisticsKey, StatisticsEntry> last = new TreeMap<>();
        List<StatisticsEntry> all = new ArrayList<>();
        for (StepEffects stepEffects : effects) {
            for (StatisticsEntry entry : stepEffects.statistics()) {
                StatisticsKey key = new StatisticsKey(entry.conversationId().value(), entry.key());
                switch (entry.mode()) {
                    case FIRST -> first.putIfAbsent(key, entry);
                    case LAST -> last.put(key, entry);
                    case ALL -> all.add(entry);
                }
            }
        }
        countDaily(first.values(), last.values(), all, channels);
        if (!first.isEmpty()) {
            historyValues(first.values(), DSL.val(0L)).onConflictDoNothing().execute();
        }
        if (!last.isEmpty()) {
            historyValues(last.values(), DSL.val(0L))
                    .onConflict(HISTORY_VALUE.CONVERSATION_ID, HISTORY_VALUE.KEY, HISTORY_VALUE.SEQ)
                    .doUpdate()
                    .set(HISTORY_VALUE.VALUE, excluded(HISTORY_VALUE.VALUE))
                    .set(HISTORY_VALUE.VALUE_TEXT, excluded(HISTORY_VALUE.VALUE_TEXT))
                    .set(HISTORY_VALUE.EVENT_ID, excluded(HISTORY_VALUE.EVENT_ID))
                    .set(HISTORY_VALUE.SAVED_AT, excluded(HISTORY_VALUE.SAVED_AT))
                    .execute();
        }
        if (!all.isEmpty()) {
            historyValues(all, NEXT_HISTORY_SEQ).execute();
        }
    }

    private InsertValuesStep7<HistoryValueRecord, String, String, Long, JSONB, String, String, OffsetDateTime>
            historyValues(Collection<StatisticsEntry> entries, Field<Long> seq) {
        var insert = tx.insertInto(
                HISTORY_VALUE,
                HISTORY_VALUE.CONVERSATION_ID,
                HISTORY_VALUE.KEY,
                HISTORY_VALUE.SEQ,
                HISTORY_VALUE.VALUE,
                HISTORY_VALUE.VALUE_TEXT,
                HISTORY_VALUE.EVENT_ID,
                HISTORY_VALUE.SAVED_AT);
        for (StatisticsEntry entry : entries) {
            insert = insert.values(
                    DSL.val(entry.conversationId().value()),
                    DSL.val(entry.key()),
                    seq,
                    DSL.val(JsonColumns.jsonb(entry.value())),
                    DSL.val(DailyCount.searchText(entry.value())),
                    DSL.val(entry.eventId().value()),
                    DSL.val(Timestamps.column(entry.savedAt())));
        }
        return insert;
    }

    /**
     * Brings the daily counts up to date (DailyCount's rule), reading what the {@code first} and
     * {@code last} keys kept before: their conversations are locked, so it cannot change meanwhile.
     * Count rows are upserted in key order, so concurrent commits never wait for each other in a cycle.
     */
    private void countDaily(
            Collection<StatisticsEntry> first,
            Collection<StatisticsEntry> last,
            List<StatisticsEntry> all,
            Map<String, String> channels) {
        if (first.isEmpty() && last.isEmpty() && all.isEmpty()) {
            return;
        }
        Map<StatisticsKey, DailyCount.Kept> before = new HashMap<>();
        List<StatisticsEntry> single = new ArrayList<>(first);
        single.addAll(last);
        if (!single.isEmpty()) {
            tx.select(
                            HISTORY_VALUE.CONVERSATION_ID,
                            HISTORY_VALUE.KEY,
                            HISTORY_VALUE.VALUE_TEXT,
                            HISTORY_VALUE.SAVED_AT)
                    .from(HISTORY_VALUE)
                    .where(HISTORY_VALUE.SEQ.eq(0L))
                    .and(DSL.row(HISTORY_VALUE.CONVERSATION_ID, HISTORY_VALUE.KEY)
                            .in(single.stream()
                                    .map(entry -> DSL.row(entry.conversationId().value(), entry.key()))
                                    .toList()))
                    .fetch()
                    .forEach(row -> before.put(
                            new StatisticsKey(row.value1(), row.value2()),
                            new DailyCount.Kept(
                                    row.value3(),
                                    LocalDate.ofInstant(Timestamps.instant(row.value4()), ZoneOffset.UTC))));
        }
        Map<DailyKey, Long> deltas = new TreeMap<>();
        List<StatisticsEntry> entries = new ArrayList<>(single);
        entries.addAll(all);
        for (StatisticsEntry entry : entries) {
            String conversation = entry.conversationId().value();
            DailyCount.of(
                            entry,
                            Optional.ofNullable(before.get(new StatisticsKey(conversation, entry.key()))),
                            channels.getOrDefault(conversation, ""))
                    .forEach(count -> deltas.merge(
                            new DailyKey(count.key(), count.day(), count.channel(), count.value()),
                            count.delta(),
                            Long::sum));
        }
        deltas.values().removeIf(delta -> delta == 0);
        if (deltas.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(
                EXTRA_DATA_DAILY,
                EXTRA_DATA_DAILY.KEY,
                EXTRA_DATA_DAILY.DAY,
                EXTRA_DATA_DAILY.CHANNEL_TYPE,
                EXTRA_DATA_DAILY.VALUE_TEXT,
                EXTRA_DATA_DAILY.COUNT);
        for (Map.Entry<DailyKey, Long> delta : deltas.entrySet()) {
            DailyKey key = delta.getKey();
            insert = insert.values(key.key(), key.day(), key.channel(), key.value(), delta.getValue());
        }
        insert.onConflict(
                        EXTRA_DATA_DAILY.KEY,
                        EXTRA_DATA_DAILY.DAY,
                        EXTRA_DATA_DAILY.CHANNEL_TYPE,
                        EXTRA_DATA_DAILY.VALUE_TEXT)
                .doUpdate()
                .set(EXTRA_DATA_DAILY.COUNT, EXTRA_DATA_DAILY.COUNT.plus(excluded(EXTRA_DATA_DAILY.COUNT)))
                .execute();
    }

    /** One row of the daily counts, ordered as the primary key. */
    private record DailyKey(String key, LocalDate day, String channel, String value) implements Comparable<DailyKey> {
        private static final Comparator<DailyKey> ORDER = Comparator.comparing(DailyKey::key)
                .thenComparing(DailyKey::day)
                .thenComparing(DailyKey::channel)
                .thenComparing(DailyKey::value);

        @Override
        public int compareTo(DailyKey other) {
            return ORDER.compare(this, other);
        }
    }
}
