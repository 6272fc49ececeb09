package io.cadbridge.domain.ingestion;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.validation.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A record of an inbound stream (a Kafka topic) that held no valid event, kept for whoever fixes its
 * producer (ADR 0030): where it was, its key and value as text (UTF-8; bytes that are not become
 * U+FFFD; a value longer than {@link #MAX_VALUE_BYTES} is cut, and says so), and each problem at its
 * JSON pointer. An empty value is a record without one (a tombstone).
 */
public record RejectedRecord(
        String stream,
        int partition,
        long offset,
        Optional<String> key,
        Optional<String> value,
        boolean valueTruncated,
        List<ValidationProblem> problems) {

    /** How much of a value is kept: enough to see what a producer sent, not a copy of a huge record. */
    public static final int MAX_VALUE_BYTES = 64 * 1024;
    /** How much of a key is kept; a longer one is cut silently (keys are conversation ids in practice). */
    public static final int MAX_KEY_BYTES = 1024;

    public RejectedRecord {
        requireNonNull(stream, "stream is null");
        requireNonNull(key, "key is null");
        requireNonNull(value, "value is null");
        problems = List.copyOf(requireNonNull(problems, "problems is null"));
        if (partition < 0 || offset < 0) {
            throw new IllegalArgumentException("partition and offset cannot be negative: " + partition + "@" + offset);
        }
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected record says what is wrong with it");
        }
        if (valueTruncated && value.isEmpty()) {
            throw new IllegalArgumentException("a record without a value cannot have had it cut");
        }
    }

    /** The record as it came: {@code key} and {@code value} are its bytes, either of them null when absent. */
    public static RejectedRecord of(
            String stream, int partition, long offset, byte[] key, byte[] value, List<ValidationProblem> problems) {
        return new RejectedRecord(
                stream,
                partition,
                offset,
                Optional.ofNullable(key).map(bytes -> text(bytes, MAX_KEY_BYTES)),
                Optional.ofNullable(value).map(bytes -> text(bytes, MAX_VALUE_BYTES)),
                value != null && value.length > MAX_VALUE_BYTES,
                problems);
    }

    /** At most {@code max} bytes as UTF-8 text; a character cut at the end becomes U+FFFD like any malformed one. */
    private static String text(byte[] bytes, int max) {
        return new String(bytes, 0, Math.min(bytes.length, max), StandardCharsets.UTF_8);
    }
}
