package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.agent.ConversationChanges;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Watches the steps the engine commits: tells the conversation's watchers (the open agent views of
 * this process) that it changed, and counts the runs as {@code cadbridge_runs_total} by {@code integration} (its id)
 * and {@code status} ({@code succeeded}, {@code failed} or {@code skipped}): counted once committed, so
 * a step whose lease was lost, and is run again by another process, counts once.
 */
final class ObservedWorkQueue implements WorkQueue {

    private final WorkQueue queue;
    private final MeterRegistry registry;
    private final ConversationChanges changes;
    /** Found once per integration and status: building a meter's id on every commit costs more than counting. */
    private final ConcurrentMap<RunKey, Counter> runs = new ConcurrentHashMap<>();

    private record RunKey(IntegrationId integration, RunStatus status) {}

    ObservedWorkQueue(WorkQueue queue, MeterRegistry registry, ConversationChanges changes) {
        this.queue = requireNonNull(queue, "queue is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.changes = requireNonNull(changes, "changes is null");
    }

    private Counter counter(RunKey key) {
        return Counter.builder("cadbridge.runs")
                .description("Integration runs committed, by integration and status")
                .tag("integration", key.integration().toString())
                .tag("status", key.status().wireName())
                .register(registry);
    }

    @Override
    public StepCommitted commit(StepCommit step) {
        StepCommitted committed = queue.commit(step);
        if (committed instanceof StepCommitted.Committed(Run run)) {
            changes.changed(run.conversationId());
            runs.computeIfAbsent(new RunKey(run.integrationId(), run.status()), this::counter)
                    .increment();
        }
        return committed;
    }

    @Override
    public Acceptance accept(NewJob job) {
        return queue.accept(job);
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
}
