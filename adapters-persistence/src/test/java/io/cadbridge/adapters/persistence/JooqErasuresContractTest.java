package io.cadbridge.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.Erasures;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.application.port.out.contract.ErasuresContract;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.erasure.ErasureCriterion;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqErasuresContractTest extends ErasuresContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected void emptyWorld() {
        DATABASE.clear();
    }

    /** Every row of every table of the schema, as text, searched for the caller's data: none is left. */
    @Test
    void noTableKeepsAnythingOfAnErasedCaller() {
        saved(
                "c-1",
                CALLER,
                JsonObject.builder()
                        .put("customerId", JsonValue.of("C-7781"))
                        .put("name", JsonValue.of("Aino Virtanen"))
                        .build());

        erasures().erase(new ErasureCriterion.ContactSource(CALLER), Instant.now());

        Map<String, Integer> traces = new TreeMap<>();
        for (String table : DATABASE.dsl()
                .select(DSL.field("table_name", String.class))
                .from("information_schema.tables")
                .where(DSL.field("table_schema").eq(DSL.field("current_schema()")))
                .and(DSL.field("table_type").eq("BASE TABLE"))
                .fetch(DSL.field("table_name", String.class))) {
            for (String needle : new String[] {"401234567", "C-7781", "Aino"}) {
                int rows = DATABASE.dsl()
                        .fetchCount(
                                DSL.table(DSL.name(table)),
                                DSL.condition(
                                        "{0}::text like {1}", DSL.field(DSL.name(table)), DSL.val("%" + needle + "%")));
                if (rows > 0) {
                    traces.put(table + " holds " + needle, rows);
                }
            }
        }
        assertThat(traces).isEmpty();
        assertThat(DATABASE.dsl().fetchCount(DSL.table("erasure"))).isEqualTo(1);
    }

    @Override
    protected Erasures erasures() {
        return new JooqErasures(DATABASE.dsl());
    }

    @Override
    protected WorkQueue queue() {
        return new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT);
    }

    @Override
    protected ConversationStore conversations() {
        return new JooqConversationStore(DATABASE.dsl());
    }

    @Override
    protected HistoryStore history() {
        return new JooqHistoryStore(DATABASE.dsl());
    }

    @Override
    protected RunLog runLog() {
        return new JooqRunLog(DATABASE.dsl());
    }
}
