package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The step commit's statement for its jobs (ADR 0033): each job still held moves past its step. */
final class JobAdvances {

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
     * id order ({@link #advance} sorts them), so jobs are locked in id order, as the heartbeat
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

    private JobAdvances() {}

    /**
     * Advances each job whose lease this process still holds, noting its id into {@code advanced}. Job
     * rows are locked in id order, like the heartbeat locks them, so the two never deadlock.
     */
    static ArrayStatements.Bound advance(ArrayStatements statements, List<StepCommit> batch, Set<Long> advanced) {
        List<StepCommit> steps = batch.stream()
                .sorted(Comparator.comparingLong(StepCommit::jobId))
                .toList();
        return new ArrayStatements.Bound(
                ADVANCE_HELD_JOBS,
                row -> advanced.add(row.getLong(1)),
                statements.longs(steps, StepCommit::jobId),
                statements.ints(steps, StepCommit::index),
                statements.texts(steps, StepCommit::owner),
                statements.ints(steps, step -> kind(step.next())),
                statements.instants(steps, step -> due(step.next())));
    }

    private static int kind(NextStep next) {
        return switch (next) {
            case NextStep.None none -> DONE;
            case NextStep.Here here -> HERE;
            case NextStep.Anyone anyone -> ANYONE;
        };
    }

    /** When the job is due again; none when it is done. */
    private static Instant due(NextStep next) {
        return switch (next) {
            case NextStep.None none -> null;
            case NextStep.Here here -> here.dueAt();
            case NextStep.Anyone anyone -> anyone.dueAt();
        };
    }
}
