package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.DIRECTORY_AGENT;
import static io.cadbridge.adapters.persistence.jooq.Tables.DIRECTORY_QUEUE;
import static io.cadbridge.adapters.persistence.jooq.Tables.DIRECTORY_QUEUE_ADDRESS;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.val;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The batched writes of {@link JooqDirectory}, run inside its transaction. Entries apply in order, so
 * a later entry for the same id wins. A queue's address rows are replaced together with the queue.
 */
final class DirectoryStatements {

    private DirectoryStatements() {}

    static void upsertQueues(DSLContext dsl, List<QueueEntry> queues) {
        BatchBindStep rows = dsl.batch(dsl.insertInto(
                        DIRECTORY_QUEUE,
                        DIRECTORY_QUEUE.ID,
                        DIRECTORY_QUEUE.CHANNEL_TYPE,
                        DIRECTORY_QUEUE.ADDRESSES,
                        DIRECTORY_QUEUE.NAME,
                        DIRECTORY_QUEUE.UPDATED_AT)
                .values(
                        val((String) null),
                        val((String) null),
                        val((String[]) null),
                        val((String) null),
                        currentOffsetDateTime())
                .onConflict(DIRECTORY_QUEUE.ID)
                .doUpdate()
                .set(DIRECTORY_QUEUE.CHANNEL_TYPE, excluded(DIRECTORY_QUEUE.CHANNEL_TYPE))
                .set(DIRECTORY_QUEUE.ADDRESSES, excluded(DIRECTORY_QUEUE.ADDRESSES))
                .set(DIRECTORY_QUEUE.NAME, excluded(DIRECTORY_QUEUE.NAME))
                .set(DIRECTORY_QUEUE.UPDATED_AT, excluded(DIRECTORY_QUEUE.UPDATED_AT)));
        queues.forEach(queue -> rows.bind(
                queue.id(), queue.channelType().wireName(), queue.addresses().toArray(String[]::new), queue.name()));
        rows.execute();
        replaceAddresses(dsl, queues);
    }

    static void upsertAgents(DSLContext dsl, List<AgentEntry> agents) {
        BatchBindStep rows = dsl.batch(dsl.insertInto(
                        DIRECTORY_AGENT,
                        DIRECTORY_AGENT.LOOKUP_ID,
                        DIRECTORY_AGENT.ID,
                        DIRECTORY_AGENT.NUMBER,
                        DIRECTORY_AGENT.CHAT_ADDRESS,
                        DIRECTORY_AGENT.NAME,
                        DIRECTORY_AGENT.UPDATED_AT)
                .values(
                        val((String) null),
                        val((String) null),
                        val((String) null),
                        val((String) null),
                        val((String) null),
                        currentOffsetDateTime())
                .onConflict(DIRECTORY_AGENT.LOOKUP_ID)
                .doUpdate()
                .set(DIRECTORY_AGENT.ID, excluded(DIRECTORY_AGENT.ID))
                .set(DIRECTORY_AGENT.NUMBER, excluded(DIRECTORY_AGENT.NUMBER))
                .set(DIRECTORY_AGENT.CHAT_ADDRESS, excluded(DIRECTORY_AGENT.CHAT_ADDRESS))
                .set(DIRECTORY_AGENT.NAME, excluded(DIRECTORY_AGENT.NAME))
                .set(DIRECTORY_AGENT.UPDATED_AT, excluded(DIRECTORY_AGENT.UPDATED_AT)));
        agents.forEach(agent -> rows.bind(
                DirectoryRows.lookupId(agent.id()),
                agent.id(),
                agent.number().orElse(null),
                agent.chatAddress().orElse(null),
                agent.name()));
        rows.execute();
    }

    /** Each queue's address rows become those of its last entry, as its main row did. */
    private static void replaceAddresses(DSLContext dsl, List<QueueEntry> queues) {
        Map<String, QueueEntry> last = new LinkedHashMap<>();
        queues.forEach(queue -> last.put(queue.id(), queue));
        dsl.deleteFrom(DIRECTORY_QUEUE_ADDRESS)
                .where(DIRECTORY_QUEUE_ADDRESS.QUEUE_ID.eq(any(last.keySet().toArray(String[]::new))))
                .execute();
        BatchBindStep rows = dsl.batch(dsl.insertInto(
                        DIRECTORY_QUEUE_ADDRESS,
                        DIRECTORY_QUEUE_ADDRESS.QUEUE_ID,
                        DIRECTORY_QUEUE_ADDRESS.POSITION,
                        DIRECTORY_QUEUE_ADDRESS.ADDRESS)
                .values((String) null, (Integer) null, (String) null));
        last.values().forEach(queue -> {
            for (int position = 0; position < queue.addresses().size(); position++) {
                rows.bind(queue.id(), position, queue.addresses().get(position));
            }
        });
        if (rows.size() > 0) {
            rows.execute();
        }
    }
}
