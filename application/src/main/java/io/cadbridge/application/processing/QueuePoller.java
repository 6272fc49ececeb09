package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.WorkQueue;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * Claims the queue's due jobs (delayed ones, released ones, those of a crashed process) while this
 * process has room, and hands each to the worker with its slot. Backs off while the database is
 * down, and then first gives up the jobs that stopped for that reason.
 */
final class QueuePoller {

    private static final System.Logger LOG = System.getLogger(QueuePoller.class.getName());
    /** At most this many jobs per claim. */
    static final int MAX_CLAIM = 200;

    private static final long MAX_BACK_OFF_MILLIS = 5_000;

    private final WorkQueue queue;
    private final String owner;
    private final Slots slots;
    private final ProcessingSettings settings;
    private final BiConsumer<ClaimedJob, Slots.Slot> start;
    /** Jobs whose step could not be committed (the database was down): released as soon as it is back. */
    private final Set<Long> abandoned = ConcurrentHashMap.newKeySet();

    private final Object wakeUp = new Object();
    private volatile boolean stopped;
    private Thread polling;

    QueuePoller(
            WorkQueue queue,
            String owner,
            Slots slots,
            ProcessingSettings settings,
            BiConsumer<ClaimedJob, Slots.Slot> start) {
        this.queue = requireNonNull(queue, "queue is null");
        this.owner = requireNonNull(owner, "owner is null");
        this.slots = requireNonNull(slots, "slots is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.start = requireNonNull(start, "start is null");
    }

    synchronized void start() {
        if (polling == null) {
            polling = Thread.ofVirtual().name("cadbridge-queue-poller").start(this::poll);
        }
    }

    synchronized void stop() {
        stopped = true;
        if (polling != null) {
            polling.interrupt();
        }
    }

    /** Look at the queue now, e.g. after a job was released. */
    void wakeUp() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    /** The job stopped without its step being committed: it is given up (due at once) when the database answers again. */
    void abandon(long jobId) {
        abandoned.add(jobId);
    }

    private void poll() {
        int failures = 0;
        while (!stopped) {
            int free = Math.min(MAX_CLAIM, slots.free());
            int claimed = 0;
            long waitMillis = settings.pollInterval().toMillis();
            if (free > 0) {
                try {
                    claimed = claimAndStart(free);
                    failures = 0;
                } catch (RuntimeException e) {
                    // The database is down or restarting: back off and say so once per failure streak.
                    waitMillis = Math.min(MAX_BACK_OFF_MILLIS, waitMillis << Math.min(failures, 5));
                    if (failures++ == 0) {
                        LOG.log(Level.WARNING, "cannot claim queued work; trying again with back-off: " + e);
                    }
                }
            }
            if ((claimed < free || free == 0) && !await(waitMillis)) {
                return;
            }
        }
    }

    private int claimAndStart(int free) {
        for (Long jobId : List.copyOf(abandoned)) {
            queue.release(owner, jobId, Instant.EPOCH); // due at once, first in line
            abandoned.remove(jobId);
        }
        try (Slots.Reservation room = slots.tryReserve(free)) {
            if (!room.held()) {
                return 0;
            }
            List<ClaimedJob> claimed = queue.claim(owner, free, settings.lease());
            claimed.forEach(job -> start.accept(job, room.take()));
            return claimed.size();
        }
    }

    /** Waits for a wake-up or the time; false when interrupted (stopping). */
    private boolean await(long millis) {
        synchronized (wakeUp) {
            try {
                wakeUp.wait(millis);
                return true;
            } catch (InterruptedException e) {
                return false;
            }
        }
    }
}
