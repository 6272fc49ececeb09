package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.StorageUnavailableException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Back-pressure on queued work (ADR 0030): reading holds back while more than {@code max} jobs are
 * unfinished, and goes on once fewer than {@link #RESUME_FRACTION} of {@code max} are, so that it does
 * not flap at the bound. The count (the queue gauge's query) is read at most once per
 * {@code checkEvery}, however often the consumer polls. Used by the consumer's thread only.
 */
final class KafkaQueueBound {

    static final double RESUME_FRACTION = 0.8;

    private final int max;
    private final long resumeBelow;
    private final LongSupplier queuedJobs;
    private final long checkEveryNanos;
    private long checkedAt;
    private boolean checked;
    private boolean full;
    private long lastCount;

    KafkaQueueBound(int max, LongSupplier queuedJobs, Duration checkEvery) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, not " + max);
        }
        this.max = max;
        this.resumeBelow = (long) Math.ceil(max * RESUME_FRACTION);
        this.queuedJobs = requireNonNull(queuedJobs, "queuedJobs is null");
        this.checkEveryNanos = requireNonNull(checkEvery, "checkEvery is null").toNanos();
    }

    /**
     * Whether reading should hold back now. While the count cannot be read (the database is down) the
     * answer stays as it was: committing the next batch notices the outage and pauses reading itself.
     */
    boolean full() {
        long now = System.nanoTime();
        if (checked && now - checkedAt < checkEveryNanos) {
            return full;
        }
        checked = true;
        checkedAt = now;
        try {
            lastCount = queuedJobs.getAsLong();
        } catch (StorageUnavailableException e) {
            return full;
        }
        full = full ? lastCount >= resumeBelow : lastCount > max;
        return full;
    }

    /** What {@link #full} last read, for the log. */
    String describe() {
        return lastCount + " jobs queued (reading pauses above " + max + " and resumes below " + resumeBelow + ")";
    }
}
