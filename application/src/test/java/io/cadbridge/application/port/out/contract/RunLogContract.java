package io.cadbridge.application.port.out.contract;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static io.cadbridge.application.port.out.contract.RunSamples.succeeded;
import static io.cadbridge.application.port.out.contract.RunSamples.withReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.RunReasons;
import io.cadbridge.application.port.out.RunRecord;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunLog} does; run against the in-memory fake and the real adapter. Precision:
 * durations and start times are kept to whole microseconds (PostgreSQL's precision), finer parts
 * are truncated; reasons are kept as {@link RunReasons#stored(String)}.
 */
public abstract class RunLogContract {

    private static final IntegrationId INTEGRATION = IntegrationId.random();

    protected RunLog log;

    /** @return a log with no runs in it */
    protected abstract RunLog emptyLog();

    @BeforeEach
    void createLog() {
        log = emptyLog();
    }

    @Test
    void runsAreListedNewestFirst() {
        RunRecord oldest = succeeded(INTEGRATION, NOON);
        RunRecord newest = succeeded(INTEGRATION, NOON.plusSeconds(2));
        RunRecord middle = succeeded(INTEGRATION, NOON.plusSeconds(1));
        log.record(oldest);
        log.record(newest);
        log.record(middle);

        assertThat(log.recentRuns(INTEGRATION, 10)).containsExactly(newest, middle, oldest);
    }

    /** Ids compare as unsigned 128-bit numbers, as PostgreSQL compares uuids (not as UUID.compareTo). */
    @Test
    void runsStartedAtTheSameInstantAreListedByDescendingId() {
        RunRecord low = succeeded(UUID.fromString("00000000-0000-0000-0000-000000000001"), INTEGRATION, NOON);
        RunRecord belowHalf = succeeded(UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"), INTEGRATION, NOON);
        RunRecord aboveHalf = succeeded(UUID.fromString("80000000-0000-0000-0000-000000000000"), INTEGRATION, NOON);
        RunRecord high = succeeded(UUID.fromString("ffffffff-ffff-ffff-ffff-fffffffffffe"), INTEGRATION, NOON);
        log.record(belowHalf);
        log.record(high);
        log.record(low);
        log.record(aboveHalf);

        assertThat(log.recentRuns(INTEGRATION, 10)).containsExactly(high, aboveHalf, belowHalf, low);
    }

    @Test
    void theLimitKeepsTheNewestRuns() {
        RunRecord newest = succeeded(INTEGRATION, NOON.plusSeconds(3));
        RunRecord second = succeeded(INTEGRATION, NOON.plusSeconds(2));
        log.record(succeeded(INTEGRATION, NOON));
        log.record(second);
        log.record(newest);
        log.record(succeeded(INTEGRATION, NOON.plusSeconds(1)));

        assertThat(log.recentRuns(INTEGRATION, 2)).containsExactly(newest, second);
        assertThat(log.recentRuns(INTEGRATION, 1)).containsExactly(newest);
    }

    @Test
    void runsOfOtherIntegrationsAreNotListed() {
        RunRecord mine = succeeded(INTEGRATION, NOON);
        log.record(mine);
        log.record(succeeded(IntegrationId.random(), NOON.plusSeconds(1)));

        assertThat(log.recentRuns(INTEGRATION, 10)).containsExactly(mine);
        assertThat(log.recentRuns(IntegrationId.random(), 10)).isEmpty();
    }

    @Test
    void everyFieldOfAFailedRunIsKept() {
        RunRecord failed = new RunRecord(UUID.randomUUID(), INTEGRATION, new EventId("event-ä-1"), EventName.TRANSFERRED,
                new ConversationId("1166301942A6EE11B3ED58961D1810CC"), RunStatus.FAILED,
                "the CRM answered 503: \"Dienst nicht verfügbar\" 😀", OptionalInt.of(503), Duration.ofNanos(1_234_567_000),
                Instant.parse("2025-03-14T12:00:00.999999Z"));

        log.record(failed);

        assertThat(log.recentRuns(INTEGRATION, 1)).containsExactly(failed);
    }

    @Test
    void aSkippedRunWithoutHttpStatusAndWithoutDurationIsKept() {
        RunRecord skipped = new RunRecord(UUID.randomUUID(), INTEGRATION, new EventId("event-2"), EventName.CLOSED,
                new ConversationId("conversation-2"), RunStatus.SKIPPED, "", OptionalInt.empty(), Duration.ZERO, NOON);

        log.record(skipped);

        assertThat(log.recentRuns(INTEGRATION, 1)).containsExactly(skipped);
    }

    @Test
    void durationsAndStartTimesAreKeptToWholeMicroseconds() {
        RunRecord run = succeeded(INTEGRATION, Instant.parse("2025-03-14T12:00:00.123456789Z"));
        RunRecord precise = new RunRecord(run.id(), run.integrationId(), run.eventId(), run.eventName(),
                run.conversationId(), run.status(), run.reason(), run.httpStatus(), Duration.ofNanos(1_500_999), run.startedAt());

        log.record(precise);

        RunRecord kept = log.recentRuns(INTEGRATION, 1).getFirst();
        assertThat(kept.duration()).isEqualTo(Duration.ofNanos(1_500_000));
        assertThat(kept.startedAt()).isEqualTo(Instant.parse("2025-03-14T12:00:00.123456Z"));
    }

    /** The cap itself is specified by RunReasonsTest; here: every log applies it, also to NUL characters. */
    @Test
    void aLongReasonIsKeptAsRunReasonsStoresIt() {
        String reason = "bad\u0000byte " + "😀".repeat(RunReasons.MAX_LENGTH);

        log.record(withReason(succeeded(INTEGRATION, NOON), reason));

        String kept = log.recentRuns(INTEGRATION, 1).getFirst().reason();
        assertThat(kept).isEqualTo(RunReasons.stored(reason)).startsWith("bad\uFFFDbyte 😀").endsWith("…");
    }

    @Test
    void recordingARunIdAgainKeepsTheFirstRecord() {
        RunRecord first = succeeded(INTEGRATION, NOON);
        log.record(first);

        log.record(withReason(first, "recorded again"));

        assertThat(log.recentRuns(INTEGRATION, 10)).containsExactly(first);
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> log.recentRuns(INTEGRATION, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
