package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable event queue under real failures: service JVMs killed with kill -9, PostgreSQL stopped
 * under load, two services on one database. A steady stream of events that retries like Contact
 * Pro; afterwards the database must show every accepted event processed exactly once.
 */
class DurableEventQueueTest {

    private static final int EVENTS_PER_SECOND = 60;
    /** Leases of a killed process expire within 30 s; then another poller must finish its jobs. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(40);

    @TempDir
    Path work;

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private RestartablePostgres postgres;
    private CountingCrm crm;
    private final Map<String, String> integrations = new LinkedHashMap<>();

    @AfterEach
    void stopEverything() throws Exception {
        while (!running.isEmpty()) {
            running.pop().close();
        }
    }

    @Test
    void everyAcceptedEventRunsExactlyOnceAcrossKillNineRestarts() {
        ServiceProcess service = startWithIntegrations("crash", "immediate", "delayed");
        EventStream stream = keep(EventStream.start("crash", List.of(service.port()), EVENTS_PER_SECOND));
        Random random = new Random(20261125);

        for (int kill = 0; kill < 3; kill++) {
            Waiting.pause(Duration.ofMillis(1500 + random.nextInt(2500)));
            service.kill();
            Waiting.pause(Duration.ofMillis(random.nextInt(500)));
            service.restart();
        }
        Waiting.pause(Duration.ofSeconds(2));

        assertProcessedExactlyOnce(stream, service);
    }

    @Test
    void whileTheDatabaseIsDownEventsAreRefusedWith503AndNoAcceptedEventIsLost() {
        ServiceProcess service = startWithIntegrations("outage", "immediate", "delayed");
        EventStream stream = keep(EventStream.start("outage", List.of(service.port()), EVENTS_PER_SECOND));

        Waiting.pause(Duration.ofSeconds(3));
        postgres.stop();
        Waiting.pause(Duration.ofSeconds(6));
        postgres.startAgain();
        Waiting.pause(Duration.ofSeconds(4));

        assertProcessedExactlyOnce(stream, service);
        assertThat(stream.answered("503")).as("503s while PostgreSQL was down; answers: %s", stream.answers()).isPositive();
    }

    @Test
    void twoServicesOnOneDatabaseShareTheWorkAndApplyEveryRunOnce() {
        ServiceProcess one = startWithIntegrations("one", "delayed", "immediate", "slow");
        ServiceProcess two = keep(ServiceProcess.start("two", postgres.jdbcUrl(), work));
        EventStream stream = keep(EventStream.start("shared", List.of(one.port(), two.port()), EVENTS_PER_SECOND));

        Waiting.pause(Duration.ofSeconds(12));

        assertProcessedExactlyOnce(stream, one, two);
        Map<String, Integer> owners = QueueLedger.read(postgres).jobsByLeaseOwner();
        assertThat(owners.keySet()).as("lease owners of the jobs (each process must have done work): %s", owners)
                .filteredOn(owner -> !owner.equals("(none)")).hasSizeGreaterThanOrEqualTo(2);
    }

    /** Starts PostgreSQL, the CRM and one service, and creates the named integrations on it. */
    private ServiceProcess startWithIntegrations(String serviceName, String... integrationNames) {
        postgres = keep(RestartablePostgres.start(work.resolve("postgres")));
        crm = keep(CountingCrm.start());
        ServiceProcess service = keep(ServiceProcess.start(serviceName, postgres.jdbcUrl(), work));
        for (int i = 0; i < integrationNames.length; i++) {
            String name = integrationNames[i];
            ApiClient.Answer created = service.api().post("/v1/integrations", integrationJson(name, i + 1));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
            integrations.put(name, created.body().get("id").asText());
        }
        return service;
    }

    /**
     * A non-blocking integration calling the CRM with the event id and saving its answer under its
     * own name. "delayed" and "slow" wait a random delay first, so that work is still queued when a
     * process dies, and a job whose first integration waits is left in the queue for any poller.
     */
    private String integrationJson(String name, int ordinal) {
        String delay = switch (name) {
            case "delayed" -> ", \"delay\": 0.05, \"delayMax\": 0.6";
            case "slow" -> ", \"delay\": 0.2, \"delayMax\": 1.5";
            default -> "";
        };
        return """
                {"name": "%s", "channelType": "multi-channel", "endpointUrl": "%s", "ordinal": %d,
                 "direction": "inbound", "events": ["Received"], "scope": {"directConversations": true, "queues": []},
                 "configuration": {"request": {"method": "GET", "params": {"event": "{event.id}"}%s},
                                   "response": {"save": {"%s": "{response.body.name}"}}}}
                """.formatted(name, crm.endpointUrl(name), ordinal, delay, name);
    }

    private void assertProcessedExactlyOnce(EventStream stream, ServiceProcess... services) {
        boolean allAnswered = stream.finish(ANSWER_TIMEOUT);
        assertThat(allAnswered).as("events never accepted: %s%nanswers: %s%n%s", stream.unanswered(), stream.answers(), logs(services))
                .isTrue();
        long drainStart = System.nanoTime();
        boolean drained = Waiting.until(() -> QueueLedger.drained(postgres), DRAIN_TIMEOUT);
        System.out.printf("%d events accepted, answers %s; queue %s after %d ms%n", stream.accepted().size(), stream.answers(),
                drained ? "drained" : "NOT drained", Duration.ofNanos(System.nanoTime() - drainStart).toMillis());
        List<String> problems = ExactlyOnceCheck.problems(QueueLedger.read(postgres), stream, integrations, crm);
        assertThat(problems).as("%d events accepted, answers %s%n%s", stream.accepted().size(), stream.answers(), logs(services))
                .isEmpty();
        assertThat(stream.violations()).as("answers outside the contract").isEmpty();
    }

    private static String logs(ServiceProcess... services) {
        return Arrays.stream(services).map(ServiceProcess::logTail).collect(Collectors.joining("\n"));
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.push(resource);
        return resource;
    }
}
