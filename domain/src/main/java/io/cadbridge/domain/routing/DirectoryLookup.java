package io.cadbridge.domain.routing;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.integration.ChannelType;
import java.util.Optional;

/** What checking a routing value needs to know about the contact center's queues and agents. */
public interface DirectoryLookup {

    Optional<QueueEntry> queueById(String id, ChannelType channel);

    Optional<QueueEntry> queueByAddress(String address, ChannelType channel);

    Optional<AgentEntry> agent(String identifier);
}
