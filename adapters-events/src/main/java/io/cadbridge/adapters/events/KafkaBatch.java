package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.events.KafkaRecordReader.Read;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** One poll's records, each read, with the offset each partition goes on from once they are accepted. */
record KafkaBatch(List<ReadRecord> records, Map<TopicPartition, Long> nextOffsets) {

    /** A record's place in its topic and what it held. */
    record ReadRecord(TopicPartition partition, long offset, Read read) {
        ReadRecord {
            requireNonNull(partition, "partition is null");
            requireNonNull(read, "read is null");
        }
    }

    KafkaBatch {
        records = List.copyOf(requireNonNull(records, "records is null"));
        nextOffsets = Map.copyOf(requireNonNull(nextOffsets, "nextOffsets is null"));
    }

    static KafkaBatch of(ConsumerRecords<byte[], byte[]> polled, KafkaRecordReader reader) {
        List<ReadRecord> records = new ArrayList<>(polled.count());
        Map<TopicPartition, Long> nextOffsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : polled) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            records.add(new ReadRecord(partition, record.offset(), reader.read(record.value())));
            nextOffsets.merge(partition, record.offset() + 1, Math::max);
        }
        return new KafkaBatch(records, nextOffsets);
    }

    boolean isEmpty() {
        return nextOffsets.isEmpty();
    }

    /** The same batch without the partitions this consumer no longer owns (a rebalance while it waited). */
    KafkaBatch onlyFor(Collection<TopicPartition> owned) {
        return new KafkaBatch(
                records.stream()
                        .filter(record -> owned.contains(record.partition()))
                        .toList(),
                nextOffsets.entrySet().stream()
                        .filter(entry -> owned.contains(entry.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** Kafka's copy of the positions, committed after the database's. */
    Map<TopicPartition, OffsetAndMetadata> kafkaOffsets() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        nextOffsets.forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
        return offsets;
    }
}
