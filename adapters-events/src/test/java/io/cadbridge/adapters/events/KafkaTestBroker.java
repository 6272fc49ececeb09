package io.cadbridge.adapters.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft broker in the test JVM, on loopback and random ports (ADR 0030). The
 * internal topics get a replication factor of 1: with the default of 3 the first consumer group
 * waits forever for brokers that never come. Shared through this module's test-jar with the
 * service's end-to-end tests (bootstrap) and the kafka benchmark.
 */
public final class KafkaTestBroker implements AutoCloseable {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private static KafkaTestBroker shared;

    private final KafkaClusterTestKit cluster;

    private KafkaTestBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /**
     * One broker for every Kafka test of this JVM: started on first use, stopped when the JVM exits —
     * for at most {@link #SHUTDOWN_WAIT}: surefire kills a test JVM still exiting after 30 s and fails
     * the build, and a broker's shutdown sometimes takes longer.
     */
    public static synchronized KafkaTestBroker shared() throws Exception {
        if (shared == null) {
            KafkaTestBroker started = start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeWithin(started, SHUTDOWN_WAIT)));
            shared = started;
        }
        return shared;
    }

    private static void closeWithin(KafkaTestBroker broker, Duration wait) {
        Thread closing = Thread.ofPlatform().daemon().start(() -> {
            try {
                broker.close();
            } catch (Exception e) {
                // The JVM is going away; its temporary directories are all that is left.
            }
        });
        try {
            closing.join(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static KafkaTestBroker start() throws Exception {
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
            return new KafkaTestBroker(cluster);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public void createTopic(String topic, int partitions) throws ExecutionException, InterruptedException {
        createTopic(topic, partitions, Map.of());
    }

    /** A topic with topic-level configuration, such as {@code max.message.bytes}. */
    public void createTopic(String topic, int partitions, Map<String, String> configs)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1).configs(configs)))
                    .all()
                    .get();
        }
    }

    /** Sets one topic-level configuration of an existing topic. */
    public void setTopicConfig(String topic, String name, String value)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            admin.incrementalAlterConfigs(Map.of(
                            new ConfigResource(ConfigResource.Type.TOPIC, topic),
                            List.of(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET))))
                    .all()
                    .get();
        }
    }

    public Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
    }

    /** Every record of {@code topic} that arrives within {@code within}, read from the start. */
    public List<ConsumerRecord<byte[], byte[]>> read(String topic, int expected, Duration within) {
        Map<String, Object> properties = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + within.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /** Sends {@code value} keyed by {@code key} (records with one key share a partition) and waits for the broker. */
    public void send(String topic, String key, byte[] value) throws ExecutionException, InterruptedException {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** The partition numbers each member of {@code group} holds now, by the member's client id. */
    public Map<String, Set<Integer>> assignments(String group) {
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

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
