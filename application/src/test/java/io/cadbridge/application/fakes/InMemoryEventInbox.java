package io.cadbridge.application.fakes;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.StorageUnavailableException;
import io.cadbridge.domain.conversation.StreamPosition;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.ingestion.Rejection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The inbox over an {@link InMemoryWorkQueue}; {@link #unreachable} makes it fail as a lost database does. */
public final class InMemoryEventInbox implements EventInbox {

    private final InMemoryWorkQueue queue;
    private final Clock clock;
    private final Map<StreamPosition, Long> positions = new HashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private volatile boolean unreachable;

    public InMemoryEventInbox(InMemoryWorkQueue queue, Clock clock) {
        this.queue = requireNonNull(queue, "queue is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    @Override
    public List<Acceptance> accept(List<NewJob> jobs, List<RejectedRecord> rejected, List<StreamPosition> read) {
        synchronized (queue) {
            checkReachable();
            List<Acceptance> results = jobs.stream().map(queue::accept).toList();
            rejected.stream()
                    .filter(record -> !kept(record))
                    .forEach(record -> rejections.add(new Rejection(rejections.size() + 1, clock.instant(), record)));
            read.forEach(position -> positions.merge(
                    new StreamPosition(position.stream(), position.partition(), 0), position.nextOffset(), Math::max));
            return results;
        }
    }

    private boolean kept(RejectedRecord record) {
        return rejections.stream()
                .map(Rejection::record)
                .anyMatch(keptRecord -> keptRecord.stream().equals(record.stream())
                        && keptRecord.partition() == record.partition()
                        && keptRecord.offset() == record.offset());
    }

    @Override
    public Map<Integer, Long> positions(String stream) {
        synchronized (queue) {
            checkReachable();
            return positions.entrySet().stream()
                    .filter(entry -> entry.getKey().stream().equals(stream))
                    .collect(
                            Collectors.toUnmodifiableMap(entry -> entry.getKey().partition(), Map.Entry::getValue));
        }
    }

    @Override
    public List<Rejection> rejectedNewestFirst(Optional<Long> before, int limit) {
        synchronized (queue) {
            checkReachable();
            return rejections.reversed().stream()
                    .filter(rejection -> before.map(id -> rejection.id() < id).orElse(true))
                    .limit(limit)
                    .toList();
        }
    }

    @Override
    public long queuedJobs() {
        synchronized (queue) {
            checkReachable();
            return queue.pendingJobs();
        }
    }

    private void checkReachable() {
        if (unreachable) {
            throw new StorageUnavailableException("the test made the database unreachable", null);
        }
    }
}
