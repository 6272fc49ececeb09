package io.cadbridge.application.port.in;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import java.util.List;

/**
 * Administrators (or a sync job) tell cadbridge which queues and agents the contact center has, so
 * that routing operations and queue scopes can be checked against them.
 */
public interface ManageDirectoryUseCase {

    /** Inserts or replaces each queue by its id; queues not named stay as they are. */
    void upsertQueues(List<QueueEntry> queues);

    /** Inserts or replaces each agent by its id; agents not named stay as they are. */
    void upsertAgents(List<AgentEntry> agents);

    /** Every queue, ordered by id. */
    List<QueueEntry> queues();

    /** Every agent, ordered by id. */
    List<AgentEntry> agents();
}
