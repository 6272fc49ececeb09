package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.ACCEPTED_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.StreamPosition;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.validation.ValidationProblem;
import java.nio.charset.StandardCharsets;
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
        inbox = inbox(DATABASE, Clock.systemUTC());
    }

    @Test
    void aRedeliveredEventIsADuplicateAndThePositionStillMoves() {
        inbox.accept(List.of(job("e-1")), List.of(), List.of(new StreamPosition("events", 0, 1)));

        List<Acceptance> again =
                inbox.accept(List.of(job("e-1")), List.of(), List.of(new StreamPosition("events", 0, 2)));

        assertThat(again).singleElement().isInstanceOf(Acceptance.Duplicate.class);
        assertThat(DATABASE.dsl().fetchCount(ACCEPTED_EVENT)).isEqualTo(1);
        assertThat(inbox.positions("events")).isEqualTo(Map.of(0, 2L));
    }

    @Test
    void aPositionNeverMovesBack() {
        inbox.accept(List.of(), List.of(), List.of(new StreamPosition("events", 0, 10)));

        inbox.accept(List.of(), List.of(), List.of(new StreamPosition("events", 0, 4)));

        assertThat(inbox.positions("events")).isEqualTo(Map.of(0, 10L));
    }

    @Test
    void aRecordHoldingNulCharactersIsKeptWithReplacementCharacters() {
        byte[] value = "{\"a\": \"\u0000\"}\u0000".getBytes(StandardCharsets.UTF_8);
        RejectedRecord record = RejectedRecord.of(
                "events", 0, 3, new byte[] {'k', 0}, value, List.of(new ValidationProblem("", "bad \u0000 byte")));

        inbox.accept(List.of(), List.of(record), List.of(new StreamPosition("events", 0, 4)));

        RejectedRecord kept =
                inbox.rejectedNewestFirst(Optional.empty(), 1).getFirst().record();
        assertThat(kept.value()).contains("{\"a\": \"\uFFFD\"}\uFFFD");
        assertThat(kept.key()).contains("k\uFFFD");
        assertThat(kept.problems()).containsExactly(new ValidationProblem("", "bad \uFFFD byte"));
        assertThat(inbox.positions("events")).isEqualTo(Map.of(0, 4L));
    }

    /** The inbox as the module builds it, over {@code database}. */
    static JooqEventInbox inbox(PostgresSchema database, Clock clock) {
        return new JooqEventInbox(
                database.dsl(),
                new JooqWorkQueue(database.dsl(), clock, CadLimits.DEFAULT),
                new QueueDepth(database.dsl()),
                clock);
    }

    private static NewJob job(String eventId) {
        return new NewJob(
                ConversationSamples.event(eventId, "c-1"),
                List.of(IntegrationId.random()),
                ConversationSamples.NOON,
                Optional.empty());
    }
}
