package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

/** How far one partition of an inbound stream (a Kafka topic) is read: the offset of the next record to read. */
public record StreamPosition(String stream, int partition, long nextOffset) {
    public StreamPosition {
        requireNonNull(stream, "stream is null");
        if (partition < 0 || nextOffset < 0) {
            throw new IllegalArgumentException(
                    "partition and offset cannot be negative: " + partition + "@" + nextOffset);
        }
    }
}
