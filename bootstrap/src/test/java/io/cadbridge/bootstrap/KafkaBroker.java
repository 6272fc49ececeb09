package io.cadbridge.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker in the test JVM, listening on localhost only, for the services
 * this test starts (ADR 0030; the adapter's own tests use a twin of it). Internal topics get a
 * replication factor of 1, or the first consumer group waits forever.
 */
final class KafkaBroker implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private KafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static KafkaBroker start() throws Exception {
        // This JVM logs through the service's logback.xml; the broker would add hundreds of INFO lines per start.
        for (String noisy : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
            ((Logger) LoggerFactory.getLogger(noisy)).setLevel(Level.WARN);
        }
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new KafkaBroker(cluster);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    void createTopic(String topic, int partitions) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)))
                    .all()
                    .get();
        }
    }

    /** The partition numbers each member of {@code group} holds now, by the member's client id. */
    Map<String, Set<Integer>> assignments(String group) {
        try (Admin admin = admin()) {
            ConsumerGroupDescription description =
                    admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            Map<String, Set<Integer>> assignments = new TreeMap<>();
            for (MemberDescription member : description.members()) {
                Set<Integer> partitions = assignments.computeIfAbsent(member.clientId(), id -> new TreeSet<>());
                member.assignment().topicPartitions().stream()
                        .map(TopicPartition::partition)
                        .forEach(partitions::add);
            }
            return assignments;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe the group " + group, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
