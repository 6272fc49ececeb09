package io.cadbridge.application.port.out;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.routing.DirectoryLookup;
import java.util.List;
import java.util.Optional;

/** The contact center's queues and agents, as far as routing decisions need them. */
public interface Directory extends DirectoryLookup {

    /** Inserts or replaces each queue by its id. */
    void upsertQueues(List<QueueEntry> queues);

    /** Inserts or replaces each agent by its id. */
    void upsertAgents(List<AgentEntry> agents);

    /** Every queue, ordered by id. */
    List<QueueEntry> queues();

    /** Every agent, ordered by id. */
    List<AgentEntry> agents();

    /** The queue with this id (any case, hyphens optional) on this channel. */
    @Override
    Optional<QueueEntry> queueById(String id, ChannelType channel);

    /** The queue with this address (any case) on this channel. */
    @Override
    Optional<QueueEntry> queueByAddress(String address, ChannelType channel);

    /** The agent whose id, number or chat address this is. */
    @Override
    Optional<AgentEntry> agent(String identifier);
}
