package io.cadbridge.application.administration;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryDirectory;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.integration.ChannelType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectoryServiceTest {

    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final DirectoryService service = new DirectoryService(directory);

    @Test
    void upsertedQueuesBecomeFindableForRoutingAndAreListedById() {
        QueueEntry email =
                new QueueEntry("F0000000000000000000000000000001", ChannelType.EMAIL, List.of("help@acme.com"), "Help");
        QueueEntry chat =
                new QueueEntry("A0000000000000000000000000000001", ChannelType.CHAT, List.of("chat@acme.com"), "Chat");

        service.upsertQueues(List.of(email, chat));

        assertThat(service.queues()).containsExactly(chat, email);
        assertThat(directory.queueByAddress("HELP@acme.com", ChannelType.EMAIL)).contains(email);
    }

    @Test
    void aSecondUpsertReplacesAnAgentWithTheSameIdAndKeepsTheOthers() {
        AgentEntry anna = new AgentEntry("anna", Optional.of("100"), Optional.empty(), "Anna");
        AgentEntry ben = new AgentEntry("ben", Optional.of("200"), Optional.empty(), "Ben");
        service.upsertAgents(List.of(anna, ben));
        AgentEntry renamed = new AgentEntry("anna", Optional.of("101"), Optional.empty(), "Anna B.");

        service.upsertAgents(List.of(renamed));

        assertThat(service.agents()).containsExactly(renamed, ben);
        assertThat(directory.agent("100")).isEmpty();
    }
}
