package io.cadbridge.application.port.out;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.domain.conversation.StreamPosition;
import java.util.List;
import java.util.Map;

/**
 * Events read from a partitioned stream (ADR 0030): accepted together with how far each partition
 * was read, so that a stream read again from the stored positions neither loses nor repeats an event.
 *
 * @throws StorageUnavailableException from every method when the database cannot be reached
 */
public interface EventInbox {

    /**
     * Commits the new events with their jobs (as {@link WorkQueue#accept} does, one result per job, in
     * order) and the positions, in one transaction: all of it or nothing.
     */
    List<Acceptance> accept(List<NewJob> jobs, List<StreamPosition> positions);

    /** The stored next offset of each partition of {@code stream} read so far. */
    Map<Integer, Long> positions(String stream);
}
