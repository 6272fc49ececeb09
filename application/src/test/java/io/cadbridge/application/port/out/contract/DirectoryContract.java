package io.cadbridge.application.port.out.contract;

import static io.cadbridge.application.port.out.contract.DirectorySamples.ANNA;
import static io.cadbridge.application.port.out.contract.DirectorySamples.BEN;
import static io.cadbridge.application.port.out.contract.DirectorySamples.CHAT_QUEUE_ID;
import static io.cadbridge.application.port.out.contract.DirectorySamples.CHAT_SALES;
import static io.cadbridge.application.port.out.contract.DirectorySamples.PHONE_QUEUE_ID;
import static io.cadbridge.application.port.out.contract.DirectorySamples.PHONE_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.Directory;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.integration.ChannelType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Directory} does; run against the in-memory fake and the real adapter. */
public abstract class DirectoryContract {

    protected Directory directory;

    /** @return a directory without queues and agents */
    protected abstract Directory emptyDirectory();

    @BeforeEach
    void createDirectory() {
        directory = emptyDirectory();
    }

    @Test
    void anEmptyDirectoryKnowsNothing() {
        assertThat(directory.queues()).isEmpty();
        assertThat(directory.agents()).isEmpty();
        assertThat(directory.queueById(CHAT_QUEUE_ID, ChannelType.CHAT)).isEmpty();
        assertThat(directory.queueByAddress("sales@acme.com", ChannelType.CHAT)).isEmpty();
        assertThat(directory.agent("ben")).isEmpty();
    }

    @Test
    void upsertedQueuesAreListedByIdWithTheirCanonicalIds() {
        directory.upsertQueues(List.of(CHAT_SALES, PHONE_SUPPORT));

        assertThat(directory.queues()).containsExactly(PHONE_SUPPORT, CHAT_SALES);
        assertThat(directory.queues().get(1).id()).isEqualTo(CHAT_QUEUE_ID);
        assertThat(directory.queues().get(1).addresses()).containsExactly("Chat.Queue@acme.com", "sales@acme.com");
    }

    @Test
    void upsertingAQueueAgainReplacesItByIdAndKeepsTheOthers() {
        directory.upsertQueues(List.of(CHAT_SALES, PHONE_SUPPORT));
        QueueEntry renamed = new QueueEntry(CHAT_QUEUE_ID, ChannelType.EMAIL, List.of("mail@acme.com"), "Mail sales");

        directory.upsertQueues(List.of(renamed));

        assertThat(directory.queues()).containsExactly(PHONE_SUPPORT, renamed);
        assertThat(directory.queueByAddress("sales@acme.com", ChannelType.CHAT)).isEmpty();
        assertThat(directory.queueByAddress("mail@acme.com", ChannelType.EMAIL)).contains(renamed);
    }

    @Test
    void withinOneUpsertTheLaterEntryForAnIdWins() {
        QueueEntry later = new QueueEntry(CHAT_QUEUE_ID, ChannelType.CHAT, List.of(), "Later");

        directory.upsertQueues(List.of(CHAT_SALES, later));

        assertThat(directory.queues()).containsExactly(later);
    }

    @Test
    void aQueueIsFoundByItsIdInAnyCaseWithOrWithoutHyphens() {
        directory.upsertQueues(List.of(CHAT_SALES, PHONE_SUPPORT));

        assertThat(directory.queueById("C9177D58-5DA5-EE11-B3ED-58961D1810CC", ChannelType.CHAT))
                .contains(CHAT_SALES);
        assertThat(directory.queueById("c9177d585da5ee11b3ed58961d1810cc", ChannelType.CHAT))
                .contains(CHAT_SALES);
        assertThat(directory.queueById(" 0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9 ", ChannelType.PHONE))
                .contains(PHONE_SUPPORT);
    }

    @Test
    void aQueueIsFoundByAnyOfItsAddressesInAnyCase() {
        directory.upsertQueues(List.of(CHAT_SALES, PHONE_SUPPORT));

        assertThat(directory.queueByAddress("chat.queue@ACME.com", ChannelType.CHAT))
                .contains(CHAT_SALES);
        assertThat(directory.queueByAddress("SALES@acme.com", ChannelType.CHAT)).contains(CHAT_SALES);
        assertThat(directory.queueByAddress("+358401234567", ChannelType.PHONE)).contains(PHONE_SUPPORT);
    }

    @Test
    void aQueueIsFoundOnlyOnItsOwnChannel() {
        directory.upsertQueues(List.of(CHAT_SALES));

        assertThat(directory.queueById(CHAT_QUEUE_ID, ChannelType.EMAIL)).isEmpty();
        assertThat(directory.queueById(CHAT_QUEUE_ID, ChannelType.MULTI_CHANNEL))
                .isEmpty();
        assertThat(directory.queueByAddress("sales@acme.com", ChannelType.PHONE))
                .isEmpty();
    }

    @Test
    void unknownOrMalformedQueueIdsAndAddressesFindNothing() {
        directory.upsertQueues(List.of(CHAT_SALES));

        assertThat(directory.queueById(PHONE_QUEUE_ID, ChannelType.CHAT)).isEmpty();
        assertThat(directory.queueById("Chat sales", ChannelType.CHAT)).isEmpty();
        assertThat(directory.queueByAddress("sales@acme.co", ChannelType.CHAT)).isEmpty();
        assertThat(directory.queueByAddress("", ChannelType.CHAT)).isEmpty();
    }

    @Test
    void upsertedAgentsAreListedById() {
        directory.upsertAgents(List.of(BEN, ANNA));

        assertThat(directory.agents()).containsExactly(ANNA, BEN);
    }

    @Test
    void upsertingAnAgentAgainReplacesItByIdAndForgetsItsOldNumber() {
        directory.upsertAgents(List.of(ANNA, BEN));
        AgentEntry moved = new AgentEntry(ANNA.id(), Optional.of("+358509999999"), Optional.empty(), "Anna B.");

        directory.upsertAgents(List.of(moved));

        assertThat(directory.agents()).containsExactly(moved, BEN);
        assertThat(directory.agent("+358501112222")).isEmpty();
        assertThat(directory.agent("anna@acme.com")).isEmpty();
        assertThat(directory.agent("+358509999999")).contains(moved);
    }

    @Test
    void anAgentIdDifferingOnlyInCaseOrHyphensNamesTheSameAgent() {
        directory.upsertAgents(List.of(ANNA, BEN));
        AgentEntry sameAnna =
                new AgentEntry("a1b2c3d4e5f60718293a4b5c6d7e8f90", Optional.empty(), Optional.empty(), "Anna");
        AgentEntry sameBen = new AgentEntry("BEN", Optional.empty(), Optional.empty(), "Ben");

        directory.upsertAgents(List.of(sameAnna, sameBen));

        assertThat(directory.agents()).containsExactly(sameBen, sameAnna);
    }

    @Test
    void anAgentIsFoundByIdNumberOrChatAddress() {
        directory.upsertAgents(List.of(ANNA, BEN));

        assertThat(directory.agent("a1b2c3d4e5f60718293a4b5c6d7e8f90")).contains(ANNA);
        assertThat(directory.agent("Ben")).contains(BEN);
        assertThat(directory.agent("+358501112222")).contains(ANNA);
        assertThat(directory.agent("ANNA@acme.com")).contains(ANNA);
        assertThat(directory.agent(" ben@acme.com ")).contains(BEN);
    }

    @Test
    void anIdMatchWinsOverAnotherAgentsNumber() {
        AgentEntry numberedLikeBen = new AgentEntry("carl", Optional.of("ben"), Optional.empty(), "Carl");
        directory.upsertAgents(List.of(numberedLikeBen, BEN));

        assertThat(directory.agent("ben")).contains(BEN);
    }

    @Test
    void anUnknownAgentIsNotFound() {
        directory.upsertAgents(List.of(ANNA, BEN));

        assertThat(directory.agent("+358501112223")).isEmpty();
        assertThat(directory.agent("anna")).isEmpty();
        assertThat(directory.agent("")).isEmpty();
    }

    @Test
    void upsertingNothingChangesNothing() {
        directory.upsertQueues(List.of(CHAT_SALES));
        directory.upsertAgents(List.of(BEN));

        directory.upsertQueues(List.of());
        directory.upsertAgents(List.of());

        assertThat(directory.queues()).containsExactly(CHAT_SALES);
        assertThat(directory.agents()).containsExactly(BEN);
    }
}
