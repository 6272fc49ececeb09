package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The API's mapper shares Jackson's buffers between requests; what it reads and writes stays the same. */
class JsonBodiesTest {

    /** {@link ApiJson#newMapper} as it was: the same settings on Jackson's default (per thread) buffer pool. */
    private static final ObjectMapper BEFORE = new ObjectMapper()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private static final List<String> BODIES = List.of(
            "{\"event\": {\"id\": \"e-1\", \"name\": \"Received\"}, \"contact\": {\"priority\": 3, \"score\": 14.50}}",
            "{\"big\": 1E+2, \"small\": -2.5e-3, \"huge\": 123456789012345678901234567890, \"zero\": -0.0}",
            "{\"text\": \"caf\\u00e9 \\ud83d\\ude00 \\\"quoted\\\"\\n\", \"empty\": {}, \"list\": [[], [null, true, false]]}",
            "[1, 2.0, \"three\"]");

    private final JsonBodies bodies = new JsonBodies(ApiJson.newMapper());

    @Test
    void usesASharedBufferPoolNotOnePerVirtualThread() {
        assertThat(ApiJson.newMapper().getFactory()._getRecyclerPool())
                .isSameAs(JsonRecyclerPools.sharedConcurrentDequePool());
    }

    @Test
    void readsAndWritesAsTheMapperBefore() throws Exception {
        for (String body : BODIES) {
            JsonNode read = bodies.read(body.getBytes(StandardCharsets.UTF_8));
            JsonNode before = BEFORE.readTree(body.getBytes(StandardCharsets.UTF_8));

            assertThat(read).isEqualTo(before);
            assertThat(bodies.bytes(read)).isEqualTo(BEFORE.writeValueAsBytes(before));
        }
        assertThat(new String(bodies.bytes(BEFORE.readTree(BODIES.get(1))), StandardCharsets.UTF_8))
                .contains("\"big\":100", "\"small\":-0.0025");
    }

    @Test
    void refusesWhatTheMapperRefusedBeforeWithTheSameMessage() {
        List<String> refused =
                List.of("{\"a\": 1, \"a\": 2}", "{\"a\": 1} {}", "{\"a\": 1,}", "{\"a\": ", "[".repeat(600), "", "  ");
        for (String body : refused) {
            assertThatThrownBy(() -> bodies.read(body.getBytes(StandardCharsets.UTF_8)))
                    .as(body)
                    .isInstanceOf(ApiException.class)
                    .hasMessage(refusalBefore(body));
        }
        assertThat(refusalBefore("{\"a\": 1, \"a\": 2}"))
                .isEqualTo("malformed JSON at line 1, column 13: Duplicate field 'a'");
    }

    @Test
    void aNumberBeyondWhatBigDecimalHoldsIsMalformedJsonNotAServerError() {
        assertThatThrownBy(() -> bodies.read("{\"score\": 1E4073709551616}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo(ApiError.MALFORMED_JSON))
                .hasMessageContaining("a number is out of range");
    }

    @Test
    void concurrentRequestsDoNotShareBuffersWhileUsingThem() throws Exception {
        List<String> expected = BODIES.stream()
                .map(body -> {
                    try {
                        return new String(BEFORE.writeValueAsBytes(BEFORE.readTree(body)), StandardCharsets.UTF_8);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> written = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                String body = BODIES.get(i % BODIES.size());
                written.add(threads.submit(() -> new String(
                        bodies.bytes(bodies.read(body.getBytes(StandardCharsets.UTF_8))), StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < written.size(); i++) {
                assertThat(written.get(i).get()).isEqualTo(expected.get(i % BODIES.size()));
            }
        }
    }

    /** What JsonBodies said with the mapper as it was. */
    private static String refusalBefore(String body) {
        try {
            if (BEFORE.readTree(body.getBytes(StandardCharsets.UTF_8)).isMissingNode()) {
                return "the request body is empty; expected a JSON object";
            }
            throw new AssertionError("accepted: " + body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
                    + e.getOriginalMessage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
