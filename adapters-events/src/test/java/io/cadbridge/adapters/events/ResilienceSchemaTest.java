package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.adapters.events.IntegrationSchema.Problem;
import org.junit.jupiter.api.Test;

/** What the schema says about {@code configuration.resilience}, on the seed example (EX1). */
class ResilienceSchemaTest {

    private final ObjectNode integration = ExampleFiles.read(ExampleFiles.EX1);
    private final ObjectNode resilience =
            integration.withObject("/configuration").putObject("resilience");

    @Test
    void everyDocumentedMemberIsAccepted() {
        resilience
                .putObject("retries")
                .put("maxAttempts", 3)
                .put("initialBackoff", 0.2)
                .put("maxBackoff", 5)
                .put("maxRetryAfter", 30);
        resilience
                .putObject("circuitBreaker")
                .put("failureRateThreshold", 50)
                .put("minimumCalls", 10)
                .put("openFor", 30);
        resilience.put("maxConcurrentCalls", 100).put("rateLimit", 2.5).put("deadline", 60);
        resilience.putObject("cache").put("ttl", 60);

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void nullMembersMeanDefaults() {
        resilience.putNull("rateLimit").putNull("cache").putNull("retries");

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void outOfRangeAndMisspeltMembersAreRefusedWhereTheyStand() {
        resilience.putObject("retries").put("maxAttempts", 0);
        resilience.putObject("circuitBreaker").put("openfor", 30);
        resilience.put("rateLimit", 0);
        resilience.putObject("cache");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactlyInAnyOrder(
                        tuple("/configuration/resilience/retries/maxAttempts", "minimum"),
                        tuple("/configuration/resilience/circuitBreaker/openfor", "additionalProperties"),
                        tuple("/configuration/resilience/rateLimit", "exclusiveMinimum"),
                        tuple("/configuration/resilience/cache/ttl", "required"));
    }
}
