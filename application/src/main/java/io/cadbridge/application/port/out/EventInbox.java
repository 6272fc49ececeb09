package io.cadbridge.application.port.out;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.domain.conversation.StreamPosition;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.ingestion.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Events read from a partitioned stream (ADR 0030): accepted together with the records that held no
 * event and how far each partition was read, so that a stream read again from the stored positions
 * neither loses nor repeats an event or a rejection.
 *
 * @throws StorageUnavailableException from every method when the database cannot be reached
 */
public interface EventInbox {

    /**
     * Commits the new events with their jobs (as {@link WorkQueue#accept} does, one result per job, in
     * order), the rejected records (stamped now; one already kept at its place is left as it is) and
     * the positions, in one transaction: all of it or nothing.
     */
    List<Acceptance> accept(List<NewJob> jobs, List<RejectedRecord> rejected, List<StreamPosition> positions);

    /** The stored next offset of each partition of {@code stream} read so far. */
    Map<Integer, Long> positions(String stream);

    /** Up to {@code limit} rejected records, newest first, with ids below {@code before} when given. */
    List<Rejection> rejectedNewestFirst(Optional<Long> before, int limit);

    /** How many jobs are not finished yet (due, running or delayed). */
    long queuedJobs();
}
