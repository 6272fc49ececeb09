package io.cadbridge.adapters.persistence;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.WorkQueue;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The work queue as the service uses it: acceptances, and separately step commits, from many threads
 * share transactions ({@link GroupCommit}), so a busy service pays one database round trip for many
 * events. The rest goes straight to PostgreSQL. Closing commits what was submitted, then stops.
 */
final class BatchingWorkQueue implements WorkQueue, AutoCloseable {

    /** At most this many events or step results share one database transaction. */
    static final int MAX_BATCH = 500;

    private final JooqWorkQueue queue;
    private final GroupCommit<NewJob, Acceptance> accepts;
    private final GroupCommit<StepCommit, StepCommitted> commits;

    @Inject
    BatchingWorkQueue(JooqWorkQueue queue) {
        this.queue = requireNonNull(queue, "queue is null");
        this.accepts = new GroupCommit<>("event-acceptance", MAX_BATCH, queue::acceptAll);
        this.commits = new GroupCommit<>("step-commit", MAX_BATCH, queue::commitAll);
    }

    @Override
    public Acceptance accept(NewJob job) {
        return accepts.submit(job);
    }

    @Override
    public StepCommitted commit(StepCommit step) {
        return commits.submit(step);
    }

    @Override
    public List<ClaimedJob> claim(String owner, int max, Duration lease) {
        return queue.claim(owner, max, lease);
    }

    @Override
    public void renew(String owner, Collection<Long> jobIds, Duration lease) {
        queue.renew(owner, jobIds, lease);
    }

    @Override
    public void release(String owner, long jobId, Instant runAt) {
        queue.release(owner, jobId, runAt);
    }

    @Override
    public int releaseAll(String owner) {
        return queue.releaseAll(owner);
    }

    @Override
    public Optional<Long> retry(UUID runId, Instant runAt) {
        return queue.retry(runId, runAt);
    }

    @Override
    public void close() {
        accepts.close();
        commits.close();
    }
}
