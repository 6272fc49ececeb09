package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.events.KafkaBatch.ReadRecord;
import io.cadbridge.adapters.events.KafkaRecordReader.Read;
import io.cadbridge.domain.validation.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;

/**
 * Copies the records that held no event to the dead-letter topic (ADR 0030): key, value and headers
 * as they came, plus {@code cadbridge.source.*} headers naming where they came from and
 * {@code cadbridge.error} saying what is wrong. A batch's copies are acknowledged by Kafka before the
 * batch is committed to the database, so each is there at least once: a crash between the two copies
 * it again. A batch offered again after an outage is not copied again by the same consumer.
 */
final class KafkaDeadLetters implements AutoCloseable {

    static final String SOURCE_TOPIC = "cadbridge.source.topic";
    static final String SOURCE_PARTITION = "cadbridge.source.partition";
    static final String SOURCE_OFFSET = "cadbridge.source.offset";
    static final String ERROR = "cadbridge.error";

    /** Kafka cannot take the copies now; nothing of the batch may be committed. */
    static final class UnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final Map<TopicPartition, Long> copiedBelow = new HashMap<>();

    KafkaDeadLetters(Producer<byte[], byte[]> producer, String topic) {
        this.producer = requireNonNull(producer, "producer is null");
        this.topic = requireNonNull(topic, "topic is null");
    }

    /** Copies the records not copied yet and waits until Kafka has every one. */
    void copy(List<ReadRecord> refused) {
        List<ReadRecord> toCopy = refused.stream()
                .filter(record -> record.offset() >= copiedBelow.getOrDefault(record.partition(), 0L))
                .toList();
        List<Future<RecordMetadata>> sent = new ArrayList<>(toCopy.size());
        try {
            for (ReadRecord record : toCopy) {
                Future<RecordMetadata> copy = producer.send(copyOf(record));
                if (copy.isDone()) {
                    // Failed at once (no metadata within max.block.ms): the others would wait as long each.
                    copy.get();
                }
                sent.add(copy);
            }
            for (Future<RecordMetadata> acknowledged : sent) {
                acknowledged.get();
            }
        } catch (ExecutionException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new UnavailableException(
                    "the dead-letter topic " + topic + " cannot be written: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while copying to the dead-letter topic " + topic, e);
        }
        toCopy.forEach(record -> copiedBelow.merge(record.partition(), record.offset() + 1, Math::max));
    }

    private ProducerRecord<byte[], byte[]> copyOf(ReadRecord read) {
        ConsumerRecord<byte[], byte[]> record = read.record();
        ProducerRecord<byte[], byte[]> copy =
                new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers());
        Headers headers = copy.headers();
        headers.add(SOURCE_TOPIC, bytes(record.topic()));
        headers.add(SOURCE_PARTITION, bytes(Integer.toString(record.partition())));
        headers.add(SOURCE_OFFSET, bytes(Long.toString(record.offset())));
        headers.add(ERROR, bytes(error(((Read.Refused) read.read()).problems())));
        return copy;
    }

    /** The problems as one line: {@code /event/id: is required; /contact: …}. */
    static String error(List<ValidationProblem> problems) {
        return problems.stream()
                .map(problem -> (problem.pointer().isEmpty() ? "" : problem.pointer() + ": ") + problem.message())
                .collect(Collectors.joining("; "));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
