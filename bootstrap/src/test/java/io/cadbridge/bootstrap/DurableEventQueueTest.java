package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.bootstrap.EventStream.Attempt;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable event queue under real failures: service JVMs killed with kill -9, PostgreSQL stopped
 * under load, two services on one database (one of them killed for good). A steady stream of events that retries like Contact
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

    /** The stream, the services, the CRM and PostgreSQL, in that order; a failing close does not keep the others running. */
    @AfterEach
    void stopEverything() {
        RuntimeException first = null;
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                first = first == null ? new IllegalStateException("could not stop everything", e) : first;
            }
        }
        if (first != null) {
            throw first;
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

        ApiClient probe = new ApiClient(service.port(), ServiceProcess.TOKEN);
        Waiting.pause(Duration.ofSeconds(3));
        assertThat(probe.getWithoutToken("/v1/health/ready").status()).isEqualTo(200);
        postgres.stop();
        long down = System.nanoTime();
        Waiting.pause(Duration.ofSeconds(2));
        ApiClient.Answer notReady = probe.getWithoutToken("/v1/health/ready");
        assertThat(notReady.status()).as(notReady.raw().body()).isEqualTo(503);
        assertThat(probe.getWithoutToken("/v1/health/live").status()).isEqualTo(200);
        Waiting.pause(Duration.ofSeconds(4));
        long up = System.nanoTime();
        postgres.startAgain();
        Waiting.pause(Duration.ofSeconds(4));
        int ready = probe.getWithoutToken("/v1/health/ready").status();
        for (int i = 0; i < 20 && ready != 200; i++) {
            Waiting.pause(Duration.ofMillis(500));
            ready = probe.getWithoutToken("/v1/health/ready").status();
        }
        assertThat(ready).as("ready again once PostgreSQL is back").isEqualTo(200);

        assertProcessedExactlyOnce(stream, service);
        List<Attempt> sentWhileDown = stream.attempts().stream()
                .filter(attempt -> attempt.sent() > down && attempt.sent() < up)
                .toList();
        assertThat(sentWhileDown)
                .as("a 2xx while PostgreSQL was down cannot be durable")
                .filteredOn(attempt -> attempt.answered() < up)
                .noneMatch(Attempt::accepted);
        assertThat(sentWhileDown)
                .as(
                        "answers to the %d requests sent while PostgreSQL was down: %s, slowest (ms) %s",
                        sentWhileDown.size(), stream.answers(), stream.slowestMillis())
                .anyMatch(attempt -> attempt.answer().equals("503"));
    }

    @Test
    void twoServicesOnOneDatabaseShareTheWorkAndTheSurvivorFinishesTheJobsOfTheKilledOne() {
        ServiceProcess one = startWithIntegrations("one", "delayed", "immediate", "slow");
        ServiceProcess two = keep(ServiceProcess.start("two", postgres.jdbcUrl(), work));
        EventStream stream = keep(EventStream.start("shared", List.of(one.port(), two.port()), EVENTS_PER_SECOND));

        Set<String> owners = leaseOwnersSeenFor(Duration.ofSeconds(10));
        two.kill();
        Waiting.pause(Duration.ofSeconds(3));

        assertProcessedExactlyOnce(stream, one, two);
        for (ServiceProcess service : List.of(one, two)) {
            assertThat(owners)
                    .as("%s (pid %d) held a lease; owners seen: %s", service, service.pid(), owners)
                    .anyMatch(owner -> owner.startsWith(service.pid() + "@"));
        }
    }

    /** A done job's lease owner is cleared, so who works is sampled while the work goes on. */
    private Set<String> leaseOwnersSeenFor(Duration duration) {
        Set<String> owners = new TreeSet<>();
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            owners.addAll(QueueLedger.currentLeaseOwners(postgres));
            Waiting.pause(Duration.ofMillis(100));
        }
        return owners;
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
     * process dies, and a job whose first integration waits is left in the queue for any poller;
     * the CRM takes 300 ms to answer "slow", so a killed process is always in the middle of some runs.
     *
     * <p>The integrations keep the default {@code maxConcurrentCalls} of 100: the burst of jobs
     * after a restart or an outage (the worker runs up to 4096 at once) must wait for the bulkhead,
     * not fail.
     */
    private String integrationJson(String name, int ordinal) {
        String delay = switch (name) {
            case "delayed" -> ", \"delay\": 0.05, \"delayMax\": 0.6";
            case "slow" -> ", \"delay\": 0.2, \"delayMax\": 1.5";
            default -> "";
        };
        String latencyMillis = name.equals("slow") ? "300" : "5";
        return """
                {"name": "%s", "channelType": "multi-channel", "endpointUrl": "%s", "ordinal": %d,
                 "direction": "inbound", "events": ["Received"], "scope": {"directConversations": true, "queues": []},
                 "configuration": {"request": {"method": "GET", "params": {"event": "{event.id}", "latency": "%s"}%s},
                                   "response": {"save": {"%s": "{response.body.name}"}}}}
                """.formatted(name, crm.endpointUrl(name), ordinal, latencyMillis, delay, name);
    }

    private void assertProcessedExactlyOnce(EventStream stream, ServiceProcess... services) {
        boolean allAnswered = stream.finish(ANSWER_TIMEOUT);
        assertThat(allAnswered)
                .as("events never accepted: %s%nanswers: %s%n%s", stream.unanswered(), stream.answers(), logs(services))
                .isTrue();
        long drainStart = System.nanoTime();
        boolean drained = Waiting.until(() -> QueueLedger.drained(postgres), DRAIN_TIMEOUT);
        System.out.printf(
                "%d events accepted, answers %s, slowest (ms) %s; queue %s after %d ms; %d CRM calls, %d repeated%n",
                stream.accepted().size(),
                stream.answers(),
                stream.slowestMillis(),
                drained ? "drained" : "NOT drained",
                Duration.ofNanos(System.nanoTime() - drainStart).toMillis(),
                crm.totalCalls(),
                crm.repeatedCalls());
        List<String> problems = ExactlyOnceCheck.problems(QueueLedger.read(postgres), stream, integrations, crm);
        assertThat(problems)
                .as("%d events accepted, answers %s%n%s", stream.accepted().size(), stream.answers(), logs(services))
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
