package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.DIRECTORY_AGENT;
import static io.cadbridge.adapters.persistence.jooq.Tables.DIRECTORY_QUEUE;
import static io.cadbridge.adapters.persistence.jooq.Tables.DIRECTORY_QUEUE_ADDRESS;
import static java.util.Objects.requireNonNull;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import io.cadbridge.application.port.out.Directory;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.directory.QueueIds;
import io.cadbridge.domain.integration.ChannelType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The directory in PostgreSQL. Upserts are JDBC batches in one transaction; every lookup is an index
 * hit (queue id: primary key; queue address: {@code lower(address)}; agent: lookup id, number,
 * {@code lower(chat_address)}), so it stays cheap in a center with thousands of queues and agents.
 */
final class JooqDirectory implements Directory {

    private final DSLContext dsl;

    @Inject
    JooqDirectory(DSLContext dsl) {
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public void upsertQueues(List<QueueEntry> queues) {
        if (!queues.isEmpty()) {
            dsl.transaction(transaction -> DirectoryStatements.upsertQueues(transaction.dsl(), queues));
        }
    }

    @Override
    public void upsertAgents(List<AgentEntry> agents) {
        if (!agents.isEmpty()) {
            dsl.transaction(transaction -> DirectoryStatements.upsertAgents(transaction.dsl(), agents));
        }
    }

    @Override
    public List<QueueEntry> queues() {
        return dsl.selectFrom(DIRECTORY_QUEUE).orderBy(DIRECTORY_QUEUE.ID).fetch(DirectoryRows::queue);
    }

    @Override
    public List<AgentEntry> agents() {
        return dsl.selectFrom(DIRECTORY_AGENT).orderBy(DIRECTORY_AGENT.ID).fetch(DirectoryRows::agent);
    }

    @Override
    public Optional<QueueEntry> queueById(String id, ChannelType channel) {
        return QueueIds.canonical(id)
                .flatMap(canonical -> dsl.selectFrom(DIRECTORY_QUEUE)
                        .where(DIRECTORY_QUEUE.ID.eq(canonical), DIRECTORY_QUEUE.CHANNEL_TYPE.eq(channel.wireName()))
                        .fetchOptional(DirectoryRows::queue));
    }

    /** Several queues of one channel sharing an address is a misconfiguration; the lowest id wins. */
    @Override
    public Optional<QueueEntry> queueByAddress(String address, ChannelType channel) {
        return dsl.selectFrom(DIRECTORY_QUEUE)
                .where(
                        DIRECTORY_QUEUE.CHANNEL_TYPE.eq(channel.wireName()),
                        DIRECTORY_QUEUE.ID.in(dsl.select(DIRECTORY_QUEUE_ADDRESS.QUEUE_ID)
                                .from(DIRECTORY_QUEUE_ADDRESS)
                                .where(lower(DIRECTORY_QUEUE_ADDRESS.ADDRESS).eq(lower(val(address))))))
                .orderBy(DIRECTORY_QUEUE.ID)
                .limit(1)
                .fetchOptional(DirectoryRows::queue);
    }

    /** An id match wins over a number match, which wins over a chat address match; then the lowest id. */
    @Override
    public Optional<AgentEntry> agent(String identifier) {
        String wanted = identifier.trim();
        String lookupId = DirectoryRows.lookupId(wanted);
        return dsl.selectFrom(DIRECTORY_AGENT)
                .where(DIRECTORY_AGENT
                        .LOOKUP_ID
                        .eq(lookupId)
                        .or(DIRECTORY_AGENT.NUMBER.eq(wanted))
                        .or(lower(DIRECTORY_AGENT.CHAT_ADDRESS).eq(lower(val(wanted)))))
                .orderBy(
                        when(DIRECTORY_AGENT.LOOKUP_ID.eq(lookupId), 0)
                                .when(DIRECTORY_AGENT.NUMBER.eq(wanted), 1)
                                .otherwise(2),
                        DIRECTORY_AGENT.ID)
                .limit(1)
                .fetchOptional(DirectoryRows::agent);
    }
}
