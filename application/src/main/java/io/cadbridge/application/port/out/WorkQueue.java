package io.cadbridge.application.port.out;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable work of accepted events: one job per event walks through its triggered integrations,
 * one step per integration. A job is worked on by whoever holds its lease; a lease that is not
 * renewed expires, so the work of a crashed process is taken over by another. Every method either
 * commits completely or not at all; how calls from many threads share transactions is the
 * adapter's business.
 *
 * @throws StorageUnavailableException from every method when the database cannot be reached
 */
public interface WorkQueue {

    /** Commits the new event with its job; an event id accepted before is a duplicate. */
    Acceptance accept(NewJob job);

    /** Leases up to {@code max} jobs that are due and not leased (or whose lease expired), oldest due first. */
    List<ClaimedJob> claim(String owner, int max, Duration lease);

    /**
     * Commits the step if its job is still at that step and leased by the step's owner: the attached
     * data merge, the statistics, the run record and the job's advance, in one transaction. A step
     * whose lease was lost commits nothing.
     */
    StepCommitted commit(StepCommit step);

    /** Extends the leases {@code owner} holds on {@code jobIds}. */
    void renew(String owner, Collection<Long> jobIds, Duration lease);

    /** Gives up the lease on one job: it becomes due again at {@code runAt} for anyone. */
    void release(String owner, long jobId, Instant runAt);

    /** Gives up every lease of {@code owner}, as a stopping process does; returns how many. */
    int releaseAll(String owner);

    /** A new job that runs the failed run's integration once more for its event; empty when the run is unknown. */
    Optional<Long> retry(UUID runId, Instant runAt);
}
