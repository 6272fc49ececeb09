package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.RunResult;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * How this process works through jobs: it owns the room for them ({@link Slots}), their leases
 * (leased at acceptance or claimed from the queue, renewed by a heartbeat, given up when stopping),
 * when each step is due (its integration's delay) and where the rest of a job goes on (here, or in
 * the queue for any process). Each job runs on its own virtual thread, at most
 * {@code maxInFlight} at a time.
 */
public final class JobWorker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(JobWorker.class.getName());
    private final WorkQueue queue;
    private final JobSteps steps;
    private final StepTiming timing;
    private final ExecutorService executor;
    private final ProcessingSettings settings;
    private final String owner;
    private final Slots slots;
    private final LeaseHeartbeat heartbeat;
    private final QueuePoller poller;

    JobWorker(
            WorkQueue queue,
            JobSteps steps,
            StepTiming timing,
            ExecutorService executor,
            ProcessingSettings settings,
            String owner) {
        this.queue = requireNonNull(queue, "queue is null");
        this.steps = requireNonNull(steps, "steps is null");
        this.timing = requireNonNull(timing, "timing is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.owner = requireNonNull(owner, "owner is null");
        this.slots = new Slots(settings.maxInFlight());
        this.heartbeat = new LeaseHeartbeat(queue, owner, settings.lease());
        this.poller = new QueuePoller(queue, owner, slots, settings, this::start);
    }

    /** Starts polling the queue and renewing leases. */
    public void start() {
        poller.start();
        heartbeat.start();
    }

    /**
     * Accepts an event's job. The caller waits for its first {@code runHere} steps, run in the
     * caller's thread each after its delay; the rest of the job runs on this process when it is due
     * at once and there is room, otherwise from the queue.
     */
    Admission admit(ConversationEvent event, List<IntegrationId> integrations, int runHere) {
        if (runHere < 0 || runHere > integrations.size()) {
            throw new IllegalArgumentException(
                    "cannot run " + runHere + " of " + integrations.size() + " integrations here");
        }
        return runHere == 0 ? startOrQueue(event, integrations) : runFirst(event, integrations, runHere);
    }

    /** Claims and runs every due job until none is left, in the calling thread; for tests and tools. */
    public int drain() {
        int ran = 0;
        for (List<ClaimedJob> claimed = claimDue(); !claimed.isEmpty(); claimed = claimDue()) {
            for (ClaimedJob job : claimed) {
                heartbeat.hold(job.jobId());
                runToEnd(job);
                ran++;
            }
        }
        return ran;
    }

    private List<ClaimedJob> claimDue() {
        return queue.claim(owner, QueuePoller.MAX_CLAIM, settings.lease());
    }

    private Admission startOrQueue(ConversationEvent event, List<IntegrationId> integrations) {
        Instant dueAt = timing.firstDue(integrations);
        boolean dueNow = !integrations.isEmpty() && !dueAt.isAfter(timing.now());
        try (Slots.Reservation room = slots.tryReserve(dueNow ? 1 : 0)) {
            NewJob job = new NewJob(event, integrations, dueAt, room.held() ? Optional.of(owner) : Optional.empty());
            return switch (queue.accept(job)) {
                case Acceptance.Duplicate duplicate -> new Admission.Duplicate();
                case Acceptance.Accepted accepted -> {
                    if (room.held()) {
                        start(job.claimed(accepted), room.take());
                    }
                    yield new Admission.Admitted(List.of());
                }
            };
        }
    }

    private Admission runFirst(ConversationEvent event, List<IntegrationId> integrations, int count) {
        NewJob job = new NewJob(event, integrations, timing.now(), Optional.of(owner));
        return switch (queue.accept(job)) {
            case Acceptance.Duplicate duplicate -> new Admission.Duplicate();
            case Acceptance.Accepted accepted -> new Admission.Admitted(runHere(job.claimed(accepted), count));
        };
    }

    /**
     * The first {@code count} steps, in the caller's thread (inside the event's {@link LogContext}, opened by
     * {@link ProcessEventService}); then the rest of the job goes on elsewhere.
     */
    private List<RunResult> runHere(ClaimedJob job, int count) {
        List<RunResult> results = new ArrayList<>();
        ClaimedJob current = job;
        NextStep next;
        heartbeat.hold(job.jobId());
        try {
            while (true) {
                LogContext step = LogContext.ofStep(current);
                try (step) {
                    timing.waitBefore(current.integration());
                    RunResult result = steps.run(current);
                    boolean lastWaitedFor = results.size() + 1 == count;
                    next = lastWaitedFor ? timing.after(current) : timing.atOnceHere();
                    switch (steps.commit(current, owner, result, next)) {
                        case StepCommitted.Committed committed -> results.add(result.recordedAs(committed.run()));
                        case StepCommitted.LeaseLost lost -> {
                            results.add(result.notApplied()); // another process took the job over
                            return results;
                        }
                    }
                    if (lastWaitedFor) {
                        break;
                    }
                }
                current = current.advanced();
            }
        } finally {
            // Before the rest of the job starts: a job started here again holds its lease anew.
            heartbeat.forget(job.jobId());
        }
        goOnElsewhere(current, next);
        return results;
    }

    /** Runs a leased job on its own virtual thread, which frees the slot when the job ends. */
    private void start(ClaimedJob job, Slots.Slot slot) {
        heartbeat.hold(job.jobId());
        try {
            executor.execute(() -> {
                try (slot) {
                    runToEnd(job);
                }
            });
        } catch (RejectedExecutionException e) {
            // Stopping: the lease is given up by close(), or expires, and another process takes the job.
            heartbeat.forget(job.jobId());
            slot.close();
        }
    }

    /**
     * A job from the queue (or started at acceptance), step after step while the next one is due at once; what it
     * logs names the event, and each step's lines its job and integration too.
     */
    private void runToEnd(ClaimedJob job) {
        LogContext context = LogContext.of(job.event());
        try (context) {
            runSteps(job);
        }
    }

    private void runSteps(ClaimedJob job) {
        try {
            ClaimedJob current = job;
            while (runStep(current)) {
                current = current.advanced();
            }
        } catch (RuntimeException e) {
            poller.abandon(job.jobId());
            LOG.log(
                    Level.WARNING,
                    "job " + job.jobId() + " (event " + job.event().id() + ") stopped and will be taken up again: "
                            + e);
        } finally {
            heartbeat.forget(job.jobId());
        }
    }

    /** Runs and commits one step of a job run to its end; true when the next step is due at once here. */
    private boolean runStep(ClaimedJob current) {
        LogContext step = LogContext.ofStep(current);
        try (step) {
            RunResult result = steps.run(current);
            if (result.refusedByLimit()) {
                // Many queued jobs of one integration at once (after a restart, a burst): the ones over its
                // concurrency or rate limit wait their turn instead of failing without having been sent.
                queue.release(owner, current.jobId(), timing.afterLimit());
                return false;
            }
            NextStep next = timing.after(current);
            if (steps.commit(current, owner, result, next) instanceof StepCommitted.LeaseLost) {
                return false; // another process took the job over
            }
            return switch (next) {
                case NextStep.Here here -> true;
                case NextStep.Anyone anyone -> {
                    poller.wakeUp();
                    yield false;
                }
                case NextStep.None none -> false;
            };
        }
    }

    /** After the steps an event's answer waited for: the rest of the job here if there is room, else from the queue. */
    private void goOnElsewhere(ClaimedJob current, NextStep next) {
        switch (next) {
            case NextStep.None none -> {}
            case NextStep.Anyone anyone -> poller.wakeUp();
            case NextStep.Here here -> {
                try (Slots.Reservation room = slots.tryReserve(1)) {
                    if (room.held()) {
                        start(current.advanced(), room.take());
                    } else {
                        queue.release(owner, current.jobId(), here.dueAt());
                        poller.wakeUp();
                    }
                }
            }
        }
    }

    /**
     * Stops taking work, lets running jobs finish for the grace period, stops the rest and gives
     * their leases up, so that another process takes them over at once rather than after the lease.
     */
    @Override
    public void close() {
        slots.close();
        poller.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(settings.stopGrace().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeat.stop();
        try {
            int released = queue.releaseAll(owner);
            if (released > 0) {
                LOG.log(Level.INFO, "released " + released + " unfinished jobs for other processes");
            }
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "could not release this process's jobs; they are taken over when their leases expire: " + e);
        }
    }
}
