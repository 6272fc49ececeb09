package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.conversation.StoredConversation;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import io.cadbridge.domain.run.StepEffects;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.JSONB;

/**
 * One transaction's worth of step commits (ADR 0015): each step whose job is still at that step and
 * leased by the committing process advances its job, merges its attached data under its version,
 * keeps its statistics and records its run; a step whose lease was lost commits nothing.
 */
final class JooqStepCommits {

    /** What becomes of a job after its step: {@link NextStep.None}, {@link NextStep.Here}, {@link NextStep.Anyone}. */
    private static final int DONE = 0;

    private static final int HERE = 1;
    private static final int ANYONE = 2;

    /** The steps of a batch, one array per column. */
    private static final String STEPS =
            "unnest(?::bigint[], ?::int[], ?::text[], ?::int[], ?::text[]) as step(job_id, index, owner, kind, due)";

    /**
     * Locks the jobs still at their step and leased by the step's owner, then moves each past its step:
     * done (a last step; {@code clock_timestamp()}, not {@code now()}: the time the step is committed,
     * not when its batch began), due again here (the lease kept), or due for anyone (the lease given
     * up). One statement; the rows it updates are the ones it has locked. Each job is looked up by its
     * id, from the batch's rows ({@code lateral}: whatever the plan, never a scan of the pending jobs,
     * which the partial index {@code job_due} answered by visiting every pending job, and the entries of
     * those done since its last vacuum, once per batch row; hence {@code state <> 'done'}, the same as
     * {@code = 'pending'} by {@code job_state}'s check, but not answered by that index). The rows come in
     * id order ({@link #advanceHeldJobs} sorts them), so jobs are locked in id order, as the heartbeat
     * locks them: the two never deadlock.
     */
    private static final String ADVANCE_HELD_JOBS = "with held as materialized (select locked.id, step.owner,"
            + " step.kind, step.due from " + STEPS + " cross join lateral (select job.id from job"
            + " where job.id = step.job_id and job.next_step = step.index and job.lease_owner = step.owner"
            + " and job.state <> 'done' for update) as locked)"
            + " update job set"
            + " state = case held.kind when " + DONE + " then 'done' else job.state end,"
            + " lease_owner = case held.kind when " + HERE + " then job.lease_owner end,"
            + " lease_until = case held.kind when " + HERE + " then job.lease_until end,"
            + " finished_at = case held.kind when " + DONE + " then clock_timestamp() else job.finished_at end,"
            + " finished_by = case held.kind when " + DONE + " then held.owner else job.finished_by end,"
            + " run_at = case held.kind when " + DONE + " then job.run_at else held.due::timestamptz end,"
            + " next_step = job.next_step + 1"
            + " from held where job.id = held.id returning job.id";

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

    /**
     * Two round trips before the commit: the jobs still held are locked and advanced and the
     * conversations of the batch locked and read in one (in that order, as before: jobs, then
     * conversations, each in id order); the changed conversations and the runs written in the other.
     */
    List<StepCommitted> commit(List<StepCommit> steps) {
        Set<Long> advanced = new HashSet<>();
        Map<String, StoredConversation> conversations = new HashMap<>();
        Map<String, String> channels = new HashMap<>();
        Set<String> keeping = new HashSet<>();
        Map<StepCommit, StepEffects> effects = ArrayStatements.on(tx, statements -> {
            List<ArrayStatements.Bound> first = new ArrayList<>();
            first.add(statements.indexLookupsOnly());
            first.add(advanceHeldJobs(statements, steps, advanced));
            lockConversations(statements, steps, conversations, channels, keeping)
                    .ifPresent(first::add);
            statements.inOneRoundTrip(first);
            List<StepCommit> held = steps.stream()
                    .filter(step -> advanced.contains(step.jobId()))
                    .toList();
            Map<String, List<StatisticsEntry>> changed = new TreeMap<>();
            Instant now = clock.instant();
            Map<StepCommit, StepEffects> applied = mergeAttachedData(held, conversations, changed, now);
            List<ArrayStatements.Bound> second = new ArrayList<>();
            if (!changed.isEmpty()) {
                second.add(updateConversations(statements, changed, conversations, now));
            }
            RunRows.insert(
                            statements,
                            held.stream()
                                    .map(step -> new RunRows.Row(
                                            applied.get(step).run(),
                                            step.jobId(),
                                            step.outcome().version().step()))
                                    .toList())
                    .ifPresent(second::add);
            statements.inOneRoundTrip(second);
            return applied;
        });
        List<StatisticsEntry> statistics = new ArrayList<>();
        steps.stream()
                .filter(effects::containsKey)
                .forEach(step -> statistics.addAll(effects.get(step).statistics()));
        new JooqHistoryValues(tx).keep(statistics, channels, keeping::contains);
        return steps.stream()
                .<StepCommitted>map(step -> effects.containsKey(step)
                        ? new StepCommitted.Committed(effects.get(step).run())
                        : new StepCommitted.LeaseLost())
                .toList();
    }

    /**
     * Advances each job whose lease this process still holds, noting its id into {@code advanced}. Job
     * rows are locked in id order, like the heartbeat locks them, so the two never deadlock.
     */
    private static ArrayStatements.Bound advanceHeldJobs(
            ArrayStatements statements, List<StepCommit> batch, Set<Long> advanced) {
        List<StepCommit> steps = batch.stream()
                .sorted(Comparator.comparingLong(StepCommit::jobId))
                .toList();
        List<Long> ids = new ArrayList<>(steps.size());
        List<Integer> indexes = new ArrayList<>(steps.size());
        List<String> owners = new ArrayList<>(steps.size());
        List<Integer> kinds = new ArrayList<>(steps.size());
        List<Instant> due = new ArrayList<>(steps.size());
        for (StepCommit step : steps) {
            ids.add(step.jobId());
            indexes.add(step.index());
            owners.add(step.owner());
            switch (step.next()) {
                case NextStep.None none -> {
                    kinds.add(DONE);
                    due.add(null);
                }
                case NextStep.Here here -> {
                    kinds.add(HERE);
                    due.add(here.dueAt());
                }
                case NextStep.Anyone anyone -> {
                    kinds.add(ANYONE);
                    due.add(anyone.dueAt());
                }
            }
        }
        return new ArrayStatements.Bound(
                ADVANCE_HELD_JOBS,
                row -> advanced.add(row.getLong(1)),
                statements.longs(ids),
                statements.ints(indexes),
                statements.texts(owners),
                statements.ints(kinds),
                statements.instants(due));
    }

    /**
     * Applies each held step to its conversation's attached data (in {@code conversations}, as locked),
     * noting into {@code changed} the conversations whose data changed, with their statistics.
     */
    private Map<StepCommit, StepEffects> mergeAttachedData(
            List<StepCommit> held,
            Map<String, StoredConversation> conversations,
            Map<String, List<StatisticsEntry>> changed,
            Instant now) {
        Map<StepCommit, StepEffects> effects = new IdentityHashMap<>();
        // Statistics come only with a change to the attached data: every conversation keeping some is in changed.
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
        return effects;
    }

    /** Each changed conversation's attached data after its steps, and its kept values when they kept statistics. */
    private ArrayStatements.Bound updateConversations(
            ArrayStatements statements,
            Map<String, List<StatisticsEntry>> changed,
            Map<String, StoredConversation> conversations,
            Instant now) {
        List<String> ids = new ArrayList<>(changed.size());
        List<String> data = new ArrayList<>(changed.size());
        List<String> versions = new ArrayList<>(changed.size());
        List<String> first = new ArrayList<>(changed.size());
        List<String> latest = new ArrayList<>(changed.size());
        changed.forEach((id, statistics) -> {
            VersionedAttachedData after = conversations.get(id).data();
            ids.add(id);
            data.add(after.data().values().toJson());
            versions.add(KeyVersions.column(after.versions()).data());
            if (statistics.isEmpty()) {
                first.add(null);
                latest.add(null);
            } else {
                JooqHistoryValues.KeptValues kept = JooqHistoryValues.KeptValues.of(statistics);
                first.add(kept.first().toJson());
                latest.add(kept.latest().toJson());
            }
        });
        return new ArrayStatements.Bound(
                UPDATE_CONVERSATIONS,
                ArrayStatements.Bound.NO_ROWS,
                statements.instant(now),
                statements.texts(ids),
                statements.texts(data),
                statements.texts(versions),
                statements.texts(first),
                statements.texts(latest));
    }

    /**
     * Locks, in id order, the conversations the batch's steps save data into (those of a step whose lease
     * was lost too: it is rare, and they are locked before it is known) and reads them into {@code found}.
     * Also notes each one's channel into {@code channels}, for the daily counts, and into {@code keeping}
     * the conversations that keep values already (whose earlier values the counts read).
     */
    private static Optional<ArrayStatements.Bound> lockConversations(
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
