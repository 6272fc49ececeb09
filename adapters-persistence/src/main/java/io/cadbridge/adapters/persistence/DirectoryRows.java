package io.cadbridge.adapters.persistence;

import io.cadbridge.adapters.persistence.jooq.tables.records.DirectoryAgentRecord;
import io.cadbridge.adapters.persistence.jooq.tables.records.DirectoryQueueRecord;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.directory.QueueIds;
import io.cadbridge.domain.integration.ChannelType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Directory rows to domain entries, and the key agents are compared by. */
final class DirectoryRows {

    private DirectoryRows() {}

    static QueueEntry queue(DirectoryQueueRecord row) {
        ChannelType channel = ChannelType.fromWireName(row.getChannelType())
                .orElseThrow(() ->
                        new IllegalStateException("unknown channel type in directory_queue: " + row.getChannelType()));
        return new QueueEntry(row.getId(), channel, List.of(row.getAddresses()), row.getName());
    }

    static AgentEntry agent(DirectoryAgentRecord row) {
        return new AgentEntry(
                row.getId(),
                Optional.ofNullable(row.getNumber()),
                Optional.ofNullable(row.getChatAddress()),
                row.getName());
    }

    /** The canonical UUID when the id is one (any case, hyphens optional), else the id in lower case. */
    static String lookupId(String agentId) {
        return QueueIds.canonical(agentId).orElseGet(() -> agentId.toLowerCase(Locale.ROOT));
    }
}
