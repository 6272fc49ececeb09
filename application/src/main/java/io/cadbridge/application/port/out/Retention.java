package io.cadbridge.application.port.out;

import java.time.Instant;

/** Deleting what is older than its retention, so that no table grows without bound. */
public interface Retention {

    /** How many rows one call deleted, by kind. */
    record Pruned(int conversations, int events, int jobs, int runs, int rejectedRecords) {
        public int total() {
            return conversations + events + jobs + runs + rejectedRecords;
        }
    }

    /**
     * Deletes, at most {@code batch} rows of each kind: conversations (with everything kept for their
     * history) whose last event is before {@code historyBefore}; finished jobs, runs, and events
     * without unfinished work, and records rejected by the Kafka consumer, from before
     * {@code operationalBefore}.
     */
    Pruned prune(Instant historyBefore, Instant operationalBefore, int batch);
}
