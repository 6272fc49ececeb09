package io.cadbridge.adapters.events;

import static io.cadbridge.adapters.events.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.administration.IntegrationPolicy;
import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase.CreateIntegrationCommand;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code CADBRIDGE_KAFKA_MAX_QUEUED_JOBS}: above it, reading pauses; below 80 % of it, it resumes;
 * nothing is skipped.
 */
class KafkaBackPressureTest {

    private static final int BOUND = 4;
    private static final int EVENTS = 12;

    private static KafkaTestBroker broker;

    private final InMemoryWorld world =
            new InMemoryWorld(Clock.fixed(Instant.parse("2024-01-02T10:00:00Z"), ZoneOffset.UTC));
    private final RecordingIngestion events = new RecordingIngestion(world);

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaTestBroker.shared();
    }

    /** Each event starts a job for the seed integration, which stays queued until the test runs the queue. */
    @BeforeEach
    void createIntegration() {
        JsonBodies json = new JsonBodies(ApiJson.newMapper());
        IntegrationRequest request = new IntegrationRequestReader()
                .read(json.read(Examples.SEED_INTEGRATION.getBytes(StandardCharsets.UTF_8)));
        world.manageIntegrations(IntegrationPolicy.HTTPS_ONLY)
                .create(new CreateIntegrationCommand(request.draft(), request.secrets()));
    }

    @Test
    void aboveTheBoundReadingPausesAndOnceTheJobsAreDoneItGoesOnWithNothingSkipped() throws Exception {
        broker.createTopic("bounded", 1);
        for (int i = 0; i < EVENTS; i++) {
            broker.send(
                    "bounded",
                    Examples.CONTACT_ID,
                    Examples.receivedEvent("bp-" + i).getBytes(StandardCharsets.UTF_8));
        }
        // One record a poll, the queue counted at every poll: it pauses right after the fifth job.
        KafkaSettings settings = new KafkaSettings(
                        broker.bootstrapServers(), "bounded", "group-bounded", Map.of("max.poll.records", "1"))
                .withMaxQueuedJobs(BOUND);

        try (KafkaIngestion ingestion = events.consumer(settings)) {
            ingestion.start();
            await(() -> events.outcomes().size() == BOUND + 1);
            Thread.sleep(1500);
            assertThat(events.outcomes()).hasSize(BOUND + 1);
            assertThat(world.queue.pendingJobs()).isEqualTo(BOUND + 1);

            runQueuedJobs(BOUND + 1);
            await(() -> events.outcomes().size() == 2 * (BOUND + 1));
            Thread.sleep(500);
            assertThat(events.outcomes()).hasSize(2 * (BOUND + 1));

            runQueuedJobs(BOUND + 1);
            await(() -> events.outcomes().size() == EVENTS);
        }

        assertThat(events.eventIds()).doesNotHaveDuplicates().hasSize(EVENTS);
        assertThat(world.inbox.positions("bounded")).isEqualTo(Map.of(0, (long) EVENTS));
    }

    private void runQueuedJobs(int jobs) {
        for (int i = 0; i < jobs; i++) {
            world.crm.respond(Examples.crmCustomer());
        }
        world.runBackgroundWork();
        assertThat(world.queue.pendingJobs()).isZero();
    }
}
