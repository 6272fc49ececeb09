package io.cadbridge.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.domain.conversation.StreamPosition;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.ingestion.Rejection;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.validation.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link EventInbox} keeps and reads back; run against the in-memory fake and PostgreSQL. */
public abstract class EventInboxContract {

    private EventInbox inbox;

    /** An inbox over an empty queue whose clock reads {@link ConversationSamples#NOON}. */
    protected abstract EventInbox emptyInbox();

    @BeforeEach
    void createInbox() {
        inbox = emptyInbox();
    }

    @Test
    void eventsRejectedRecordsAndPositionsAreCommittedTogether() {
        List<Acceptance> results = inbox.accept(
                List.of(job("e-1"), job("e-2")),
                List.of(rejected(0, 5, "{not json")),
                List.of(new StreamPosition("events", 0, 7), new StreamPosition("events", 1, 3)));

        assertThat(results).allMatch(Acceptance.Accepted.class::isInstance);
        assertThat(inbox.positions("events")).isEqualTo(Map.of(0, 7L, 1, 3L));
        assertThat(inbox.positions("other")).isEmpty();
        assertThat(inbox.rejectedNewestFirst(Optional.empty(), 10))
                .singleElement()
                .satisfies(rejection -> {
                    assertThat(rejection.record()).isEqualTo(rejected(0, 5, "{not json"));
                    assertThat(rejection.at()).isEqualTo(ConversationSamples.NOON);
                });
    }

    @Test
    void aRecordRejectedAgainAtTheSamePlaceIsKeptOnce() {
        inbox.accept(List.of(), List.of(rejected(0, 5, "first")), List.of(new StreamPosition("events", 0, 6)));

        inbox.accept(List.of(), List.of(rejected(0, 5, "again")), List.of(new StreamPosition("events", 0, 6)));

        assertThat(inbox.rejectedNewestFirst(Optional.empty(), 10))
                .extracting(rejection -> rejection.record().value().orElseThrow())
                .containsExactly("first");
    }

    @Test
    void rejectionsComeBackNewestFirstAPageBelowTheIdGiven() {
        for (int offset = 0; offset < 5; offset++) {
            inbox.accept(List.of(), List.of(rejected(1, offset, "v" + offset)), List.of());
        }
        List<Rejection> all = inbox.rejectedNewestFirst(Optional.empty(), 10);

        List<Rejection> older = inbox.rejectedNewestFirst(Optional.of(all.get(1).id()), 2);

        assertThat(all).extracting(rejection -> rejection.record().offset()).containsExactly(4L, 3L, 2L, 1L, 0L);
        assertThat(all.get(0).id()).isGreaterThan(all.get(1).id());
        assertThat(older).containsExactly(all.get(2), all.get(3));
        assertThat(inbox.rejectedNewestFirst(Optional.of(all.get(4).id()), 2)).isEmpty();
    }

    @Test
    void aRejectionKeepsAMissingKeyAMissingValueAndACutValue() {
        RejectedRecord tombstone = RejectedRecord.of("events", 0, 1, null, null, problems());
        RejectedRecord huge = RejectedRecord.of(
                "events", 0, 2, bytes("k"), bytes("y".repeat(RejectedRecord.MAX_VALUE_BYTES + 1)), problems());

        inbox.accept(List.of(), List.of(tombstone, huge), List.of());

        assertThat(inbox.rejectedNewestFirst(Optional.empty(), 10))
                .extracting(Rejection::record)
                .containsExactlyInAnyOrder(tombstone, huge);
    }

    @Test
    void queuedJobsCountsTheJobsNotFinished() {
        assertThat(inbox.queuedJobs()).isZero();

        inbox.accept(List.of(job("e-1"), job("e-2")), List.of(), List.of());

        assertThat(inbox.queuedJobs()).isEqualTo(2);
    }

    private static RejectedRecord rejected(int partition, long offset, String value) {
        return RejectedRecord.of("events", partition, offset, bytes("conv-1"), bytes(value), problems());
    }

    private static List<ValidationProblem> problems() {
        return List.of(
                new ValidationProblem("", "malformed JSON at line 1, column 2"),
                new ValidationProblem("/event/id", "is required"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static NewJob job(String eventId) {
        return new NewJob(
                ConversationSamples.event(eventId, "c-" + eventId),
                List.of(IntegrationId.random()),
                ConversationSamples.NOON,
                Optional.empty());
    }
}
