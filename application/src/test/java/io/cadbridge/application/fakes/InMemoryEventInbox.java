package io.cadbridge.application.fakes;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.StorageUnavailableException;
import io.cadbridge.domain.conversation.StreamPosition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The inbox over an {@link InMemoryWorkQueue}; {@link #unreachable} makes it fail as a lost database does. */
public final class InMemoryEventInbox implements EventInbox {

    private final InMemoryWorkQueue queue;
    private final Map<StreamPosition, Long> positions = new HashMap<>();
    private volatile boolean unreachable;

    public InMemoryEventInbox(InMemoryWorkQueue queue) {
        this.queue = requireNonNull(queue, "queue is null");
    }

    public void unreachable(boolean unreachable) {
        this.unreachable = unreachable;
    }

    @Override
    public List<Acceptance> accept(List<NewJob> jobs, List<StreamPosition> read) {
        synchronized (queue) {
            if (unreachable) {
                throw new StorageUnavailableException("the test made the database unreachable", null);
            }
            List<Acceptance> results = jobs.stream().map(queue::accept).toList();
            read.forEach(position -> positions.merge(
                    new StreamPosition(position.stream(), position.partition(), 0), position.nextOffset(), Math::max));
            return results;
        }
    }

    @Override
    public Map<Integer, Long> positions(String stream) {
        synchronized (queue) {
            if (unreachable) {
                throw new StorageUnavailableException("the test made the database unreachable", null);
            }
            return positions.entrySet().stream()
                    .filter(entry -> entry.getKey().stream().equals(stream))
                    .collect(
                            Collectors.toUnmodifiableMap(entry -> entry.getKey().partition(), Map.Entry::getValue));
        }
    }
}
