package io.cadbridge.adapters.persistence;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.json.JsonNumber;
import io.cadbridge.domain.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two deliveries handled at once by different threads (or service instances) must not lose writes. */
class ConcurrentWritesTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private static final int WRITERS = 40;

    @BeforeEach
    void emptyDatabase() {
        DATABASE.clear();
    }

    @Test
    void concurrentMergesIntoOneConversationKeepEveryKey() throws Exception {
        JooqConversationStore store = new JooqConversationStore(DATABASE.dsl());
        ConversationId conversation = new ConversationId("conversation-1");

        runTogether(IntStream.range(0, WRITERS).<Callable<Object>>mapToObj(writer -> () -> store.mergeAttachedData(
                conversation, JsonObject.builder().put("key_" + writer, JsonNumber.of(writer)).build(), NOON)).toList());

        assertThat(store.find(conversation).orElseThrow().attachedData().values().members()).hasSize(WRITERS);
    }

    @Test
    void concurrentDeliveriesOfOneEventRecordItOnce() throws Exception {
        JooqEventLog log = new JooqEventLog(DATABASE.dsl());
        ConversationEvent event = ConversationSamples.event("event-1", "conversation-1");

        List<Object> results = runTogether(IntStream.range(0, WRITERS)
                .<Callable<Object>>mapToObj(writer -> () -> log.recordIfNew(event, NOON)).toList());

        assertThat(results).filteredOn(Boolean.TRUE::equals).hasSize(1);
    }

    private static List<Object> runTogether(List<Callable<Object>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(8);
        try {
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : executor.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
