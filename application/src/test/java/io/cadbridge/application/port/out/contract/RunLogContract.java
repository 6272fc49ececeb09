package io.cadbridge.application.port.out.contract;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static io.cadbridge.application.port.out.contract.RunSamples.succeeded;
import static io.cadbridge.application.port.out.contract.RunSamples.withReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.run.StepOutcome;
import io.cadbridge.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunLog} does; run against the in-memory fake and the real adapter. Runs get
 * there as in production: committed with a step of the {@link WorkQueue} over the same store.
 * Precision: durations and start times are kept to whole microseconds (PostgreSQL's precision),
 * finer parts are truncated; reasons are kept as the {@link Run} holds them.
 */
public abstract class RunLogContract {

    private static final IntegrationId INTEGRATION = IntegrationId.random();

    protected RunLog log;
    private WorkQueue queue;

    /** @return a log with no runs in it */
    protected abstract RunLog emptyLog();

    /** @return the work queue that writes into the log last returned by {@link #emptyLog()} */
    protected abstract WorkQueue queueWritingTheLog();

    @BeforeEach
    void createLog() {
        log = emptyLog();
        queue = queueWritingTheLog();
    }

    /** Commits the run as the only step of a job of its own event, as the worker does. */
    private void record(Run run) {
        ConversationEvent event = new ConversationEvent(
                run.eventId(),
                run.eventName(),
                ConversationSamples.NOON,
                ConversationSamples.contact(run.conversationId().value()));
        NewJob job = new NewJob(event, List.of(run.integrationId()), ConversationSamples.NOON, Optional.of("recorder"));
        Acceptance.Accepted accepted = (Acceptance.Accepted) queue.accept(job);
        StepCommitted committed = queue.commit(new StepCommit(
                accepted.jobId(),
                0,
                "recorder",
                new StepOutcome(run, JsonObject.EMPTY, job.claimed(accepted).version(), Map.of()),
                new NextStep.None()));
        assertThat(committed).isInstanceOf(StepCommitted.Committed.class);
    }

    @Test
    void runsAreListedNewestFirst() {
        Run oldest = succeeded(INTEGRATION, NOON);
        Run newest = succeeded(INTEGRATION, NOON.plusSeconds(2));
        Run middle = succeeded(INTEGRATION, NOON.plusSeconds(1));
        record(oldest);
        record(newest);
        record(middle);

        assertThat(log.recentRuns(INTEGRATION, 10)).containsExactly(newest, middle, oldest);
    }

    /** Ids compare as unsigned 128-bit numbers, as PostgreSQL compares uuids (not as UUID.compareTo). */
    @Test
    void runsStartedAtTheSameInstantAreListedByDescendingId() {
        Run low = succeeded(UUID.fromString("00000000-0000-0000-0000-000000000001"), INTEGRATION, NOON);
        Run belowHalf = succeeded(UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"), INTEGRATION, NOON);
        Run aboveHalf = succeeded(UUID.fromString("80000000-0000-0000-0000-000000000000"), INTEGRATION, NOON);
        Run high = succeeded(UUID.fromString("ffffffff-ffff-ffff-ffff-fffffffffffe"), INTEGRATION, NOON);
        record(belowHalf);
        record(high);
        record(low);
        record(aboveHalf);

        assertThat(log.recentRuns(INTEGRATION, 10)).containsExactly(high, aboveHalf, belowHalf, low);
    }

    @Test
    void theLimitKeepsTheNewestRuns() {
        Run newest = succeeded(INTEGRATION, NOON.plusSeconds(3));
        Run second = succeeded(INTEGRATION, NOON.plusSeconds(2));
        record(succeeded(INTEGRATION, NOON));
        record(second);
        record(newest);
        record(succeeded(INTEGRATION, NOON.plusSeconds(1)));

        assertThat(log.recentRuns(INTEGRATION, 2)).containsExactly(newest, second);
        assertThat(log.recentRuns(INTEGRATION, 1)).containsExactly(newest);
    }

    @Test
    void runsOfOtherIntegrationsAreNotListed() {
        Run mine = succeeded(INTEGRATION, NOON);
        record(mine);
        record(succeeded(IntegrationId.random(), NOON.plusSeconds(1)));

        assertThat(log.recentRuns(INTEGRATION, 10)).containsExactly(mine);
        assertThat(log.recentRuns(IntegrationId.random(), 10)).isEmpty();
    }

    @Test
    void everyFieldOfAFailedRunIsKept() {
        Run failed = new Run(
                UUID.randomUUID(),
                INTEGRATION,
                "Kunde suchen 😀",
                new EventId("event-ä-1"),
                EventName.TRANSFERRED,
                new ConversationId("1166301942A6EE11B3ED58961D1810CC"),
                RunStatus.FAILED,
                "the CRM answered 503: \"Dienst nicht verfügbar\" 😀",
                OptionalInt.of(503),
                Duration.ofNanos(1_234_567_000),
                Instant.parse("2025-03-14T12:00:00.999999Z"));

        record(failed);

        assertThat(log.recentRuns(INTEGRATION, 1)).containsExactly(failed);
    }

    @Test
    void aSkippedRunWithoutHttpStatusAndWithoutDurationIsKept() {
        Run skipped = new Run(
                UUID.randomUUID(),
                INTEGRATION,
                "",
                new EventId("event-2"),
                EventName.CLOSED,
                new ConversationId("conversation-2"),
                RunStatus.SKIPPED,
                "",
                OptionalInt.empty(),
                Duration.ZERO,
                NOON);

        record(skipped);

        assertThat(log.recentRuns(INTEGRATION, 1)).containsExactly(skipped);
    }

    @Test
    void durationsAndStartTimesAreKeptToWholeMicroseconds() {
        Run run = succeeded(INTEGRATION, Instant.parse("2025-03-14T12:00:00.123456789Z"));
        Run precise = new Run(
                run.id(),
                run.integrationId(),
                run.integrationName(),
                run.eventId(),
                run.eventName(),
                run.conversationId(),
                run.status(),
                run.reason(),
                run.httpStatus(),
                Duration.ofNanos(1_500_999),
                run.startedAt());

        record(precise);

        Run kept = log.recentRuns(INTEGRATION, 1).getFirst();
        assertThat(kept.duration()).isEqualTo(Duration.ofNanos(1_500_000));
        assertThat(kept.startedAt()).isEqualTo(Instant.parse("2025-03-14T12:00:00.123456Z"));
    }

    /** The cap itself is specified by RunReasonsTest; here: every log keeps the capped reason, NUL characters replaced. */
    @Test
    void aLongReasonIsKeptAsTheRunHoldsIt() {
        Run run = withReason(succeeded(INTEGRATION, NOON), "bad\u0000byte " + "😀".repeat(2_000));

        record(run);

        String kept = log.recentRuns(INTEGRATION, 1).getFirst().reason();
        assertThat(kept)
                .isEqualTo(run.reason())
                .hasSizeLessThanOrEqualTo(2_000)
                .startsWith("bad\uFFFDbyte 😀")
                .endsWith("…");
    }

    @Test
    void aRunIsFoundByItsId() {
        Run run = succeeded(INTEGRATION, NOON);
        record(run);

        assertThat(log.find(run.id())).contains(run);
        assertThat(log.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> log.recentRuns(INTEGRATION, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
