package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.Retention;
import io.cadbridge.domain.conversation.RetentionPolicy;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;

/**
 * Keeps every table bounded: every {@code interval}, deletes what is older than its retention, a
 * batch at a time until nothing is left to delete, on its own virtual thread. Any process sharing
 * the database may do it at the same time.
 */
public final class RetentionJob implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RetentionJob.class.getName());
    private static final int BATCH = 5_000;

    private final Retention retention;
    private final RetentionPolicy policy;
    private final Clock clock;
    private Thread running;

    public RetentionJob(Retention retention, RetentionPolicy policy, Clock clock) {
        this.retention = requireNonNull(retention, "retention is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public synchronized void start() {
        if (running == null) {
            running = Thread.ofVirtual().name("cadbridge-retention").start(this::loop);
        }
    }

    /** Deletes everything past its retention now; returns how many rows. */
    public long pruneNow() {
        Instant now = clock.instant();
        long total = 0;
        Retention.Pruned pruned;
        do {
            pruned = retention.prune(now.minus(policy.history()), now.minus(policy.operational()), BATCH);
            total += pruned.total();
        } while (pruned.conversations() == BATCH
                || pruned.events() == BATCH
                || pruned.jobs() == BATCH
                || pruned.runs() == BATCH
                || pruned.rejectedRecords() == BATCH);
        return total;
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long deleted = pruneNow();
                if (deleted > 0) {
                    LOG.log(Level.INFO, "retention deleted " + deleted + " rows past their retention");
                }
                Thread.sleep(policy.interval());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "retention could not run now; trying again later: " + e);
                try {
                    Thread.sleep(policy.interval());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.interrupt();
        }
    }
}
