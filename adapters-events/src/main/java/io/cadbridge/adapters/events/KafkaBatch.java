package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.events.KafkaRecordReader.Read;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.StreamPosition;
import io.cadbridge.domain.ingestion.RejectedRecord;
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

    /** A record as it came and what it held. */
    record ReadRecord(ConsumerRecord<byte[], byte[]> record, Read read) {
        ReadRecord {
            requireNonNull(record, "record is null");
            requireNonNull(read, "read is null");
        }

        TopicPartition partition() {
            return new TopicPartition(record.topic(), record.partition());
        }

        long offset() {
            return record.offset();
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
            records.add(new ReadRecord(record, reader.read(record.value())));
            nextOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset() + 1, Math::max);
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

    List<ConversationEvent> events() {
        List<ConversationEvent> events = new ArrayList<>(records.size());
        for (ReadRecord record : records) {
            if (record.read() instanceof Read.Event event) {
                events.add(event.event());
            }
        }
        return events;
    }

    /** The records that held no event, as they came. */
    List<ReadRecord> refused() {
        return records.stream()
                .filter(record -> record.read() instanceof Read.Refused)
                .toList();
    }

    /** The records that held no event, as the database keeps them. */
    List<RejectedRecord> rejected() {
        return refused().stream()
                .map(refused -> {
                    ConsumerRecord<byte[], byte[]> record = refused.record();
                    return RejectedRecord.of(
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            record.key(),
                            record.value(),
                            ((Read.Refused) refused.read()).problems());
                })
                .toList();
    }

    List<StreamPosition> positions() {
        return nextOffsets.entrySet().stream()
                .map(entry -> new StreamPosition(
                        entry.getKey().topic(), entry.getKey().partition(), entry.getValue()))
                .toList();
    }

    /** Kafka's copy of the positions, committed after the database's. */
    Map<TopicPartition, OffsetAndMetadata> kafkaOffsets() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        nextOffsets.forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
        return offsets;
    }
}
