package io.cadbridge.testkit;

import io.cadbridge.application.port.out.Directory;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.integration.ChannelType;
import java.util.List;
import java.util.Optional;

/** A contact center without queues or agents: vendor lookups save attached data and route nothing. */
final class EmptyDirectory implements Directory {

    @Override
    public void upsertQueues(List<QueueEntry> queues) {
        throw new UnsupportedOperationException("the adapter test kit's directory is empty");
    }

    @Override
    public void upsertAgents(List<AgentEntry> agents) {
        throw new UnsupportedOperationException("the adapter test kit's directory is empty");
    }

    @Override
    public List<QueueEntry> queues() {
        return List.of();
    }

    @Override
    public List<AgentEntry> agents() {
        return List.of();
    }

    @Override
    public Optional<QueueEntry> queueById(String id, ChannelType channel) {
        return Optional.empty();
    }

    @Override
    public Optional<QueueEntry> queueByAddress(String address, ChannelType channel) {
        return Optional.empty();
    }

    @Override
    public Optional<AgentEntry> agent(String identifier) {
        return Optional.empty();
    }
}
