package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.contract.RunSamples;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RunLogApiTest {

    private static final Instant STARTED = Instant.parse("2024-01-02T03:04:05.123456Z");

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void runsAreListedNewestFirstWithEveryField() {
        IntegrationId id = createIntegration();
        UUID failedId = UUID.fromString("0b6a9a8e-55c4-4a57-9c55-1a2b3c4d5e6f");
        api.runLog()
                .add(new Run(
                        failedId,
                        id,
                        "Fetch customer",
                        new EventId("event-1"),
                        EventName.RECEIVED,
                        new ConversationId(Examples.CONTACT_ID),
                        RunStatus.FAILED,
                        "the CRM answered 503",
                        OptionalInt.of(503),
                        Duration.ofNanos(1_500_000),
                        STARTED));
        UUID skippedId = UUID.fromString("1c7b0b9f-66d5-4b68-8d66-2b3c4d5e6f70");
        api.runLog()
                .add(new Run(
                        skippedId,
                        id,
                        "Fetch customer",
                        new EventId("event-2"),
                        EventName.TRANSFERRED,
                        new ConversationId(Examples.CONTACT_ID),
                        RunStatus.SKIPPED,
                        "the condition is false",
                        OptionalInt.empty(),
                        Duration.ofMillis(40),
                        STARTED.plusSeconds(1)));

        ApiResponse response = api.get("/v1/integrations/" + id + "/runs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString())
                .isEqualTo("{\"runs\":["
                        + "{\"id\":\"" + skippedId + "\",\"integrationId\":\"" + id
                        + "\",\"integrationName\":\"Fetch customer\",\"eventId\":\"event-2\","
                        + "\"eventName\":\"Transferred\",\"conversationId\":\"" + Examples.CONTACT_ID
                        + "\",\"status\":\"skipped\","
                        + "\"reason\":\"the condition is false\",\"durationMs\":40,\"startedAt\":\"2024-01-02T03:04:06.123456Z\"},"
                        + "{\"id\":\"" + failedId + "\",\"integrationId\":\"" + id
                        + "\",\"integrationName\":\"Fetch customer\",\"eventId\":\"event-1\","
                        + "\"eventName\":\"Received\",\"conversationId\":\"" + Examples.CONTACT_ID
                        + "\",\"status\":\"failed\","
                        + "\"reason\":\"the CRM answered 503\",\"httpStatus\":503,\"durationMs\":1.5,"
                        + "\"startedAt\":\"2024-01-02T03:04:05.123456Z\"}]}");
    }

    @Test
    void aDurationOfOneMicrosecondIsAFractionOfAMillisecond() {
        IntegrationId id = createIntegration();
        Run run = RunSamples.succeeded(id, STARTED);
        api.runLog()
                .add(new Run(
                        run.id(),
                        id,
                        run.integrationName(),
                        run.eventId(),
                        run.eventName(),
                        run.conversationId(),
                        run.status(),
                        run.reason(),
                        run.httpStatus(),
                        Duration.ofNanos(1_000),
                        run.startedAt()));

        assertThat(api.get("/v1/integrations/" + id + "/runs").body()).contains("\"durationMs\":0.001,");
    }

    @Test
    void anIntegrationThatNeverRanHasNoRuns() {
        ApiResponse response = api.get("/v1/integrations/" + createIntegration() + "/runs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"runs\":[]}");
    }

    @Test
    void withoutALimitTheFiftyNewestRunsAreListed() {
        IntegrationId id = createIntegration();
        for (int second = 0; second < 51; second++) {
            api.runLog().add(RunSamples.succeeded(id, STARTED.plusSeconds(second)));
        }

        List<String> startTimes = startTimes(api.get("/v1/integrations/" + id + "/runs"));

        assertThat(startTimes)
                .hasSize(50)
                .first()
                .isEqualTo(STARTED.plusSeconds(50).toString());
        assertThat(startTimes).last().isEqualTo(STARTED.plusSeconds(1).toString());
    }

    @Test
    void theLimitKeepsTheNewestRuns() {
        IntegrationId id = createIntegration();
        for (int second = 0; second < 3; second++) {
            api.runLog().add(RunSamples.succeeded(id, STARTED.plusSeconds(second)));
        }

        assertThat(startTimes(api.get("/v1/integrations/" + id + "/runs?limit=2")))
                .containsExactly(
                        STARTED.plusSeconds(2).toString(),
                        STARTED.plusSeconds(1).toString());
        assertThat(startTimes(api.get("/v1/integrations/" + id + "/runs?limit=500")))
                .hasSize(3);
    }

    @Test
    void aLimitThatIsNotAWholeNumberFromOneTo500IsRefusedNamingTheParameter() {
        String runs = "/v1/integrations/" + createIntegration() + "/runs?limit=";

        for (String limit : List.of("0", "501", "-1", "%2B5", "1.5", "ten", "", "99999999999")) {
            ApiResponse response = api.get(runs + limit);

            assertThat(response.status()).as(limit).isEqualTo(400);
            assertThat(response.errorCode()).as(limit).isEqualTo("invalid_query_parameter");
            assertThat(response.json().at("/error/message").asText())
                    .as(limit)
                    .contains("query parameter \"limit\"")
                    .contains("1 to 500");
        }
    }

    @Test
    void aLimitGivenTwiceIsRefused() {
        ApiResponse response = api.get("/v1/integrations/" + createIntegration() + "/runs?limit=5&limit=6");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/error/message").asText())
                .contains("\"limit\"")
                .contains("once");
    }

    @Test
    void anUnknownOrMalformedIntegrationIdIsNotFound() {
        for (String id : List.of(IntegrationId.random().toString(), "not-a-uuid")) {
            ApiResponse response = api.get("/v1/integrations/" + id + "/runs");

            assertThat(response.status()).as(id).isEqualTo(404);
            assertThat(response.errorCode()).as(id).isEqualTo("not_found");
            assertThat(response.json().at("/error/message").asText()).as(id).contains(id);
        }
    }

    @Test
    void theRunsOfADeletedIntegrationAreNoLongerListed() {
        IntegrationId id = createIntegration();
        api.runLog().add(RunSamples.succeeded(id, STARTED));

        api.delete("/v1/integrations/" + id);

        assertThat(api.get("/v1/integrations/" + id + "/runs").status()).isEqualTo(404);
    }

    private IntegrationId createIntegration() {
        ApiResponse created = api.post("/v1/integrations", Examples.SEED_INTEGRATION);
        assertThat(created.status()).isEqualTo(201);
        return IntegrationId.parse(created.json().get("id").asText()).orElseThrow();
    }

    private static List<String> startTimes(ApiResponse response) {
        assertThat(response.status()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("runs").spliterator(), false)
                .map(run -> run.get("startedAt").asText())
                .toList();
    }
}
