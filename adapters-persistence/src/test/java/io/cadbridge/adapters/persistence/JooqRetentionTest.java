package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.ACCEPTED_EVENT;
import static io.cadbridge.adapters.persistence.jooq.Tables.CONVERSATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.HISTORY_VALUE;
import static io.cadbridge.adapters.persistence.jooq.Tables.INGESTION_REJECTED;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_RUN;
import static io.cadbridge.adapters.persistence.jooq.Tables.JOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.Retention;
import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.run.StepOutcome;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retention by age: data written through the queue, then aged in the database, is deleted; newer data stays. */
class JooqRetentionTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final IntegrationId CRM = IntegrationId.random();

    private final JooqWorkQueue queue = new JooqWorkQueue(DATABASE.dsl(), Clock.systemUTC(), CadLimits.DEFAULT);
    private final Retention retention = new JooqRetention(DATABASE.dsl());
    private int events;

    @BeforeEach
    void empty() {
        DATABASE.clear();
    }

    @Test
    void whatIsPastItsRetentionIsDeletedAndTheRestStays() {
        conversation("c-old");
        conversation("c-new");
        age("c-old", Duration.ofDays(500));

        Retention.Pruned pruned = retention.prune(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(30)), 100);

        assertThat(pruned).isEqualTo(new Retention.Pruned(1, 1, 1, 1, 0));
        assertThat(rows("c-old")).containsOnly(0);
        assertThat(rows("c-new")).containsOnly(1);
    }

    @Test
    void batchesBoundEachCallAndRepeatedCallsFinishTheJob() {
        for (int i = 0; i < 5; i++) {
            conversation("c-" + i);
            age("c-" + i, Duration.ofDays(500));
        }

        assertThat(retention
                        .prune(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(30)), 2)
                        .total())
                .isEqualTo(8);
        assertThat(retention
                        .prune(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(30)), 2)
                        .total())
                .isEqualTo(8);
        assertThat(retention
                        .prune(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(30)), 2)
                        .total())
                .isEqualTo(4);
        assertThat(DATABASE.dsl().fetchCount(CONVERSATION)).isZero();
        assertThat(DATABASE.dsl().fetchCount(ACCEPTED_EVENT)).isZero();
    }

    @Test
    void anEventWithUnfinishedWorkIsKeptWhateverItsAge() {
        ConversationEvent event = event("c-1");
        queue.accept(new NewJob(event, List.of(CRM), NOW, Optional.empty()));
        DATABASE.dsl()
                .update(ACCEPTED_EVENT)
                .set(ACCEPTED_EVENT.ACCEPTED_AT, DSL.currentOffsetDateTime().minus(DSL.field("interval '500 days'")))
                .execute();

        Retention.Pruned pruned = retention.prune(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(30)), 100);

        assertThat(pruned.events()).isZero();
        assertThat(DATABASE.dsl().fetchCount(JOB)).isEqualTo(1);
    }

    @Test
    void aRejectedKafkaRecordIsDeletedWithTheOperationalRows() {
        JooqEventInbox inbox = JooqEventInboxTest.inbox(DATABASE, Clock.systemUTC());
        inbox.accept(List.of(), List.of(rejected(1), rejected(2)), List.of());
        DATABASE.dsl()
                .update(INGESTION_REJECTED)
                .set(INGESTION_REJECTED.REJECTED_AT, DSL.currentOffsetDateTime().minus(DSL.field("interval '40 days'")))
                .where(INGESTION_REJECTED.RECORD_OFFSET.eq(1L))
                .execute();

        Retention.Pruned pruned = retention.prune(NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(30)), 100);

        assertThat(pruned.rejectedRecords()).isEqualTo(1);
        assertThat(DATABASE.dsl().fetch(INGESTION_REJECTED).getValues(INGESTION_REJECTED.RECORD_OFFSET))
                .containsExactly(2L);
    }

    private static RejectedRecord rejected(long offset) {
        return RejectedRecord.of(
                "events", 0, offset, null, new byte[] {'x'}, List.of(new ValidationProblem("", "malformed JSON")));
    }

    /** A conversation with one event, one finished job, one run and one kept value. */
    private void conversation(String id) {
        ConversationEvent event = event(id);
        NewJob job = new NewJob(event, List.of(CRM), NOW, Optional.of("writer"));
        Acceptance.Accepted accepted = (Acceptance.Accepted) queue.accept(job);
        Run run = Run.of(CRM, "CRM", event, RunStatus.SUCCEEDED, "saved", OptionalInt.of(200), Duration.ZERO, NOW);
        queue.commit(new StepCommit(
                accepted.jobId(),
                0,
                "writer",
                new StepOutcome(
                        run,
                        JsonObject.builder().put("tier", JsonValue.of("gold")).build(),
                        job.claimed(accepted).version(),
                        Map.of("tier", HistoryMode.LAST)),
                new NextStep.None()));
    }

    private ConversationEvent event(String conversation) {
        ConversationEvent sample = ConversationSamples.event("e", conversation);
        return new ConversationEvent(new EventId("e-" + ++events), EventName.RECEIVED, NOW, sample.contact());
    }

    /** As if everything of the conversation had happened {@code ago}. */
    private static void age(String conversation, Duration ago) {
        var dsl = DATABASE.dsl();
        var past = DSL.currentOffsetDateTime().minus(DSL.field("interval '" + ago.toDays() + " days'"));
        dsl.update(CONVERSATION)
                .set(CONVERSATION.LAST_EVENT_AT, past)
                .where(CONVERSATION.ID.eq(conversation))
                .execute();
        dsl.update(ACCEPTED_EVENT)
                .set(ACCEPTED_EVENT.ACCEPTED_AT, past)
                .where(ACCEPTED_EVENT.CONVERSATION_ID.eq(conversation))
                .execute();
        dsl.update(JOB)
                .set(JOB.FINISHED_AT, past)
                .where(JOB.EVENT_ID.in(DSL.select(ACCEPTED_EVENT.EVENT_ID)
                        .from(ACCEPTED_EVENT)
                        .where(ACCEPTED_EVENT.CONVERSATION_ID.eq(conversation))))
                .execute();
        dsl.update(INTEGRATION_RUN)
                .set(INTEGRATION_RUN.STARTED_AT, past)
                .where(INTEGRATION_RUN.CONVERSATION_ID.eq(conversation))
                .execute();
    }

    /** The conversation's rows in each table that keeps some: conversation, history, events, jobs, runs. */
    private static List<Integer> rows(String conversation) {
        var dsl = DATABASE.dsl();
        return List.of(
                dsl.fetchCount(CONVERSATION, CONVERSATION.ID.eq(conversation)),
                dsl.fetchCount(HISTORY_VALUE, HISTORY_VALUE.CONVERSATION_ID.eq(conversation)),
                dsl.fetchCount(ACCEPTED_EVENT, ACCEPTED_EVENT.CONVERSATION_ID.eq(conversation)),
                dsl.fetchCount(
                        JOB,
                        JOB.EVENT_ID.in(DSL.select(ACCEPTED_EVENT.EVENT_ID)
                                .from(ACCEPTED_EVENT)
                                .where(ACCEPTED_EVENT.CONVERSATION_ID.eq(conversation)))),
                dsl.fetchCount(INTEGRATION_RUN, INTEGRATION_RUN.CONVERSATION_ID.eq(conversation)));
    }
}
