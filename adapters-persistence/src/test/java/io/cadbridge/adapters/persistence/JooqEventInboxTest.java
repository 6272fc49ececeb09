package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.ACCEPTED_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.StreamPosition;
import io.cadbridge.domain.integration.IntegrationId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqEventInboxTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private JooqEventInbox inbox;

    @BeforeEach
    void emptyDatabase() {
        DATABASE.clear();
        inbox = new JooqEventInbox(
                DATABASE.dsl(), new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT));
    }

    @Test
    void eventsAndPositionsAreCommittedTogether() {
        List<Acceptance> results = inbox.accept(
                List.of(job("e-1"), job("e-2")),
                List.of(new StreamPosition("events", 0, 7), new StreamPosition("events", 1, 3)));

        assertThat(results).allMatch(Acceptance.Accepted.class::isInstance);
        assertThat(inbox.positions("events")).isEqualTo(Map.of(0, 7L, 1, 3L));
        assertThat(inbox.positions("other")).isEmpty();
    }

    @Test
    void aRedeliveredEventIsADuplicateAndThePositionStillMoves() {
        inbox.accept(List.of(job("e-1")), List.of(new StreamPosition("events", 0, 1)));

        List<Acceptance> again = inbox.accept(List.of(job("e-1")), List.of(new StreamPosition("events", 0, 2)));

        assertThat(again).singleElement().isInstanceOf(Acceptance.Duplicate.class);
        assertThat(DATABASE.dsl().fetchCount(ACCEPTED_EVENT)).isEqualTo(1);
        assertThat(inbox.positions("events")).isEqualTo(Map.of(0, 2L));
    }

    @Test
    void aPositionNeverMovesBack() {
        inbox.accept(List.of(), List.of(new StreamPosition("events", 0, 10)));

        inbox.accept(List.of(), List.of(new StreamPosition("events", 0, 4)));

        assertThat(inbox.positions("events")).isEqualTo(Map.of(0, 10L));
    }

    private static NewJob job(String eventId) {
        return new NewJob(
                ConversationSamples.event(eventId, "c-1"),
                List.of(IntegrationId.random()),
                ConversationSamples.NOON,
                Optional.empty());
    }
}
