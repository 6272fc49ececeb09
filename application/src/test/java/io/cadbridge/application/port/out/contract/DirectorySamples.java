package io.cadbridge.application.port.out.contract;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.integration.ChannelType;
import java.util.List;
import java.util.Optional;

/** Queues and agents of the directory contract, written the way clients send them (mixed case, hyphens). */
final class DirectorySamples {

    static final String CHAT_QUEUE_ID = "C9177D585DA5EE11B3ED58961D1810CC";
    static final String PHONE_QUEUE_ID = "0A1B2C3D4E5F60718293A4B5C6D7E8F9";
    static final QueueEntry CHAT_SALES = new QueueEntry(
            "c9177d58-5da5-ee11-b3ed-58961d1810cc",
            ChannelType.CHAT,
            List.of("Chat.Queue@acme.com", "sales@acme.com"),
            "Chat sales");
    static final QueueEntry PHONE_SUPPORT =
            new QueueEntry(PHONE_QUEUE_ID, ChannelType.PHONE, List.of("+358401234567"), "Support");
    static final AgentEntry ANNA = new AgentEntry(
            "A1B2C3D4-E5F6-0718-293A-4B5C6D7E8F90", Optional.of("+358501112222"), Optional.of("Anna@acme.com"), "Anna");
    static final AgentEntry BEN = new AgentEntry("ben", Optional.empty(), Optional.of("ben@acme.com"), "Ben");

    private DirectorySamples() {}
}
