package io.cadbridge.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.integration.ChannelType;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A big center: ten thousand queues and agents in one upsert each, and lookups that use an index. */
class JooqDirectoryScaleTest {

    private static final int ENTRIES = 10_000;

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private static JooqDirectory directory;

    @BeforeAll
    static void fillTheDirectory() {
        directory = new JooqDirectory(DATABASE.dsl());
        directory.upsertQueues(IntStream.range(0, ENTRIES)
                .mapToObj(JooqDirectoryScaleTest::queue)
                .toList());
        directory.upsertAgents(IntStream.range(0, ENTRIES)
                .mapToObj(JooqDirectoryScaleTest::agent)
                .toList());
        DATABASE.dsl().execute("analyze directory_queue, directory_queue_address, directory_agent");
    }

    @Test
    void everyEntryOfOneBigUpsertIsStoredAndFindable() {
        assertThat(directory.queues()).hasSize(ENTRIES);
        assertThat(directory.agents()).hasSize(ENTRIES);
        assertThat(directory.queueByAddress("QUEUE-4711@ACME.COM", ChannelType.CHAT))
                .contains(queue(4711));
        assertThat(directory.agent("+35850004711")).contains(agent(4711));
        assertThat(directory.agent("agent-4711@acme.com")).contains(agent(4711));
    }

    @Test
    void findingAQueueByAddressReadsTheAddressIndex() {
        assertThat(
                        plan(
                                "select queue_id from directory_queue_address where lower(address) = lower('queue-1@acme.com')"))
                .contains("directory_queue_address_lookup")
                .doesNotContain("Seq Scan");
    }

    @Test
    void findingAnAgentByIdNumberOrChatAddressReadsTheirIndexes() {
        assertThat(plan("select * from directory_agent where lookup_id = '+35850000001' or number = '+35850000001'"
                        + " or lower(chat_address) = lower('+35850000001')"))
                .contains("directory_agent_pkey", "directory_agent_number", "directory_agent_chat_address")
                .doesNotContain("Seq Scan");
    }

    private static String plan(String query) {
        DSLContext dsl = DATABASE.dsl();
        return String.join("\n", dsl.fetch("explain " + query).getValues(0, String.class));
    }

    private static QueueEntry queue(int i) {
        return new QueueEntry(
                "%032X".formatted(i), ChannelType.CHAT, List.of("queue-" + i + "@acme.com"), "Queue " + i);
    }

    private static AgentEntry agent(int i) {
        return new AgentEntry(
                "agent-" + i,
                Optional.of("+3585%07d".formatted(i)),
                Optional.of("agent-" + i + "@acme.com"),
                "Agent " + i);
    }
}
