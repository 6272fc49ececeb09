package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import java.util.List;

public final class DirectoryService implements ManageDirectoryUseCase {

    private final Directory directory;

    public DirectoryService(Directory directory) {
        this.directory = requireNonNull(directory, "directory is null");
    }

    @Override
    public void upsertQueues(List<QueueEntry> queues) {
        directory.upsertQueues(List.copyOf(requireNonNull(queues, "queues is null")));
    }

    @Override
    public void upsertAgents(List<AgentEntry> agents) {
        directory.upsertAgents(List.copyOf(requireNonNull(agents, "agents is null")));
    }

    @Override
    public List<QueueEntry> queues() {
        return directory.queues();
    }

    @Override
    public List<AgentEntry> agents() {
        return directory.agents();
    }
}
