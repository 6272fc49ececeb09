package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.cadbridge.adapters.events.KafkaTestBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Kafka ingestion through the assembled service (ADR 0030): cadbridge JVMs of one consumer group on
 * one PostgreSQL, fed by a real broker in this JVM on localhost. Afterwards the database must hold
 * every event the broker acknowledged exactly once, with one job, one run and its attached data.
 */
class KafkaScaleOutEndToEndTest {

    private static final int PARTITIONS = 4;
    private static final String GROUP = "cadbridge-e2e";
    private static final String INTEGRATION = "immediate";
    /** Leases of a killed process expire within 30 s; then the survivor's worker finishes its jobs. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(75);

    private static KafkaTestBroker broker;

    @TempDir
    Path work;

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private RestartablePostgres postgres;
    private CountingCrm crm;
    private String integrationId;

    @BeforeAll
    static void startBroker() throws Exception {
        // This JVM logs through the service's logback.xml; the broker would add hundreds of INFO lines per start.
        for (String noisy : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
            ((Logger) LoggerFactory.getLogger(noisy)).setLevel(Level.WARN);
        }
        broker = KafkaTestBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @AfterEach
    void stopEverything() throws Exception {
        while (!running.isEmpty()) {
            running.pop().close();
        }
    }

    @Test
    void twoServicesInOneGroupShareThePartitionsAndAcceptEveryEventOnce() throws Exception {
        broker.createTopic("shared", PARTITIONS);
        ServiceProcess one = startDatabaseCrmAndFirstService("shared");
        ServiceProcess two = keep(ServiceProcess.start("two", postgres.jdbcUrl(), work, kafka("shared", "two")));
        Map<String, Set<Integer>> assignments = awaitMembers(2);
        KafkaEventFeed feed = keep(new KafkaEventFeed(broker, "shared", "shared"));

        feed.send(400);
        feed.flush();

        assertThat(assignments.get("one")).as("%s", assignments).isNotEmpty();
        assertThat(assignments.get("two")).as("%s", assignments).isNotEmpty();
        assertThat(union(assignments)).hasSize(PARTITIONS);
        assertProcessedExactlyOnce(feed, one, two);
    }

    @Test
    void aServiceKilledWithKillNineHasItsPartitionsTakenOverWithNothingLostOrAppliedTwice() throws Exception {
        broker.createTopic("takeover", PARTITIONS);
        ServiceProcess one = startDatabaseCrmAndFirstService("takeover");
        ServiceProcess two = keep(ServiceProcess.start("two", postgres.jdbcUrl(), work, kafka("takeover", "two")));
        awaitMembers(2);
        KafkaEventFeed feed = keep(new KafkaEventFeed(broker, "takeover", "takeover"));

        feed.sendFor(Duration.ofSeconds(3), 100);
        two.kill();
        feed.sendFor(Duration.ofSeconds(4), 100);
        feed.flush();

        assertProcessedExactlyOnce(feed, one, two);
        assertThat(broker.assignments(GROUP))
                .as("the survivor reads every partition")
                .isEqualTo(Map.of("one", Set.of(0, 1, 2, 3)));
    }

    /** Starts PostgreSQL, the CRM and service "one" reading {@code topic}, and creates the integration on it. */
    private ServiceProcess startDatabaseCrmAndFirstService(String topic) {
        postgres = keep(RestartablePostgres.start(work.resolve("postgres")));
        crm = keep(CountingCrm.start());
        ServiceProcess one = keep(ServiceProcess.start("one", postgres.jdbcUrl(), work, kafka(topic, "one")));
        ApiClient.Answer created = one.api()
                .post("/v1/integrations", """
                {"name": "%s", "channelType": "multi-channel", "endpointUrl": "%s", "direction": "inbound",
                 "events": ["Received"], "scope": {"directConversations": true, "queues": []},
                 "configuration": {"request": {"method": "GET", "params": {"event": "{event.id}"}},
                                   "response": {"save": {"%s": "{response.body.name}"}}}}
                """.formatted(INTEGRATION, crm.endpointUrl(INTEGRATION), INTEGRATION));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        integrationId = created.body().get("id").asText();
        return one;
    }

    /**
     * The Kafka settings of a service: {@code name} is its consumer's client id, so the group's members
     * can be told apart; a short session timeout lets the group notice a killed member within seconds.
     */
    private static Map<String, String> kafka(String topic, String name) {
        return Map.of(
                "CADBRIDGE_KAFKA_BOOTSTRAP",
                broker.bootstrapServers(),
                "CADBRIDGE_KAFKA_TOPIC",
                topic,
                "CADBRIDGE_KAFKA_GROUP",
                GROUP,
                "CADBRIDGE_KAFKA_PROPERTY_CLIENT_ID",
                name,
                "CADBRIDGE_KAFKA_PROPERTY_SESSION_TIMEOUT_MS",
                "6000",
                "CADBRIDGE_KAFKA_PROPERTY_HEARTBEAT_INTERVAL_MS",
                "1000");
    }

    /** Waits until the group has {@code members} members that each hold a partition. */
    private static Map<String, Set<Integer>> awaitMembers(int members) {
        boolean settled = Waiting.until(
                () -> {
                    Map<String, Set<Integer>> now = broker.assignments(GROUP);
                    return now.size() == members && now.values().stream().noneMatch(Set::isEmpty);
                },
                Duration.ofSeconds(60));
        Map<String, Set<Integer>> assignments = broker.assignments(GROUP);
        assertThat(settled)
                .as("%d members holding partitions; now %s", members, assignments)
                .isTrue();
        return assignments;
    }

    private void assertProcessedExactlyOnce(KafkaEventFeed feed, ServiceProcess... services) {
        assertThat(feed.delivered())
                .as("every event acknowledged by the broker")
                .isEqualTo(feed.sent());
        boolean drained = Waiting.until(
                () -> QueueLedger.read(postgres).acceptedEvents().size()
                                >= feed.delivered().size()
                        && QueueLedger.drained(postgres),
                DRAIN_TIMEOUT);
        QueueLedger ledger = QueueLedger.read(postgres);
        System.out.printf(
                "%d events delivered, %d accepted, queue %s; %d CRM calls, %d repeated%n",
                feed.delivered().size(),
                ledger.acceptedEvents().size(),
                drained ? "drained" : "NOT drained",
                crm.totalCalls(),
                crm.repeatedCalls());
        List<String> problems = ExactlyOnceCheck.problems(
                ledger, feed.sent(), feed.delivered(), Map.of(INTEGRATION, integrationId), crm);
        assertThat(problems).as(logs(services)).isEmpty();
        assertThat(ledger.acceptedEvents()).isEqualTo(feed.delivered());
    }

    private static Set<Integer> union(Map<String, Set<Integer>> assignments) {
        return assignments.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String logs(ServiceProcess... services) {
        return Arrays.stream(services).map(ServiceProcess::logTail).collect(Collectors.joining("\n"));
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.push(resource);
        return resource;
    }
}
