package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.WorkQueue;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * This process's share of the queued work. Jobs come from two sides: the events this process
 * accepts (it leases them at acceptance and starts them at once) and the queue, polled for jobs
 * that are due (delays) or whose lease expired (a crashed process). Each job runs on its own virtual
 * thread, at most {@code maxInFlight} at a time; a heartbeat renews the leases of running jobs.
 */
public final class JobWorker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(JobWorker.class.getName());

    /** How the worker paces itself. */
    public record Settings(int maxInFlight, Duration lease, Duration pollInterval, Duration stopGrace) {
        public static final Settings DEFAULT = new Settings(4096, Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofSeconds(10));

        public Settings {
            if (maxInFlight < 1) {
                throw new IllegalArgumentException("maxInFlight must be positive, not " + maxInFlight);
            }
            requireNonNull(lease, "lease is null");
            requireNonNull(pollInterval, "pollInterval is null");
            requireNonNull(stopGrace, "stopGrace is null");
        }
    }

    private static final int MAX_CLAIM = 200;

    private final WorkQueue queue;
    private final JobSteps steps;
    private final ExecutorService executor;
    private final Settings settings;
    private final String owner;
    private final Semaphore slots;
    private final LeaseHeartbeat heartbeat;
    /** Jobs whose step could not be committed (the database was down): released as soon as it is back. */
    private final Set<Long> abandoned = ConcurrentHashMap.newKeySet();
    private final Object wakeUp = new Object();
    private volatile boolean stopping;
    private Thread poller;

    public JobWorker(WorkQueue queue, JobSteps steps, ExecutorService executor, Settings settings, String owner) {
        this.queue = requireNonNull(queue, "queue is null");
        this.steps = requireNonNull(steps, "steps is null");
        this.executor = requireNonNull(executor, "executor is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.owner = requireNonNull(owner, "owner is null");
        this.slots = new Semaphore(settings.maxInFlight());
        this.heartbeat = new LeaseHeartbeat(queue, owner, settings.lease());
    }

    /** Starts polling the queue and renewing leases. */
    public synchronized void start() {
        if (poller == null) {
            poller = Thread.ofVirtual().name("cadbridge-queue-poller").start(this::poll);
            heartbeat.start();
        }
    }

    /** The lease owner this process writes into the queue. */
    public String owner() {
        return owner;
    }

    /** Reserves room for one more job of this process; the caller must {@link #run} or {@link #unreserve} it. */
    public boolean tryReserve() {
        return !stopping && slots.tryAcquire();
    }

    public void unreserve() {
        slots.release();
    }

    /** Runs a job this process leased, on its own virtual thread; needs a {@link #tryReserve reservation}. */
    public void run(ClaimedJob job) {
        heartbeat.hold(job.jobId());
        try {
            executor.execute(() -> runToEnd(job));
        } catch (RuntimeException e) {
            // The executor is closed (stopping): the lease expires and another process takes the job.
            heartbeat.forget(job.jobId());
            slots.release();
        }
    }

    /** Keeps renewing the lease of a job run outside the worker (an event's answer waits for it) until {@link #forget}. */
    public void hold(long jobId) {
        heartbeat.hold(jobId);
    }

    public void forget(long jobId) {
        heartbeat.forget(jobId);
    }

    /** Asks the poller to look at the queue now, e.g. after a job was released. */
    public void wakeUp() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    /** Claims and runs every due job until none is left, in the calling thread; for tests and tools. */
    public int drain() {
        int ran = 0;
        for (List<ClaimedJob> claimed = queue.claim(owner, MAX_CLAIM, settings.lease()); !claimed.isEmpty();
                claimed = queue.claim(owner, MAX_CLAIM, settings.lease())) {
            for (ClaimedJob job : claimed) {
                slots.acquireUninterruptibly();
                heartbeat.hold(job.jobId());
                runToEnd(job);
                ran++;
            }
        }
        return ran;
    }

    private void runToEnd(ClaimedJob job) {
        try {
            ClaimedJob current = job;
            while (true) {
                JobSteps.StepDone done = steps.run(current, owner, false, false);
                if (done.postponed() || done.leaseLost() || done.next().isEmpty()) {
                    return;
                }
                if (!done.keptLease()) {
                    wakeUp();
                    return;
                }
                current = current.advanced();
            }
        } catch (RuntimeException e) {
            // Given up by the poller once the database answers again (or free when its lease expires).
            abandoned.add(job.jobId());
            LOG.log(Level.WARNING, "job " + job.jobId() + " (event " + job.event().id() + ") stopped and will be taken up again: " + e);
        } finally {
            heartbeat.forget(job.jobId());
            slots.release();
        }
    }

    private void poll() {
        int failures = 0;
        while (!stopping) {
            int free = Math.min(MAX_CLAIM, slots.availablePermits());
            int claimed = 0;
            long waitMillis = settings.pollInterval().toMillis();
            if (free > 0) {
                try {
                    claimed = claimAndRun(free);
                    failures = 0;
                } catch (RuntimeException e) {
                    // The database is down or restarting: back off (up to 5 s) and say so once per failure streak.
                    waitMillis = Math.min(5_000, waitMillis << Math.min(failures, 5));
                    if (failures++ == 0) {
                        LOG.log(Level.WARNING, "cannot claim queued work; trying again with back-off: " + e);
                    }
                }
            }
            if (claimed < free || free == 0) {
                synchronized (wakeUp) {
                    try {
                        wakeUp.wait(waitMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    private int claimAndRun(int free) {
        for (Long jobId : List.copyOf(abandoned)) {
            queue.release(owner, jobId, Instant.EPOCH); // due at once, first in line
            abandoned.remove(jobId);
        }
        if (!slots.tryAcquire(free)) {
            return 0;
        }
        List<ClaimedJob> claimed;
        try {
            claimed = queue.claim(owner, free, settings.lease());
        } catch (RuntimeException e) {
            slots.release(free);
            throw e;
        }
        slots.release(free - claimed.size());
        claimed.forEach(this::run);
        return claimed.size();
    }

    /**
     * Stops taking work, lets running jobs finish for the grace period, stops the rest and gives
     * their leases up, so that another process takes them over at once rather than after the lease.
     */
    @Override
    public void close() {
        stopping = true;
        if (poller != null) {
            poller.interrupt();
        }
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
            LOG.log(Level.WARNING, "could not release this process's jobs; they are taken over when their leases expire: " + e);
        }
    }
}
