package io.cadbridge.application.port.out.contract;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.json.JsonValue;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.run.StepOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WorkQueue} does; run against the in-memory fake and the PostgreSQL adapter. */
public abstract class WorkQueueContract {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final IntegrationId FIRST =
            new IntegrationId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final IntegrationId SECOND =
            new IntegrationId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
    private static final NextStep DONE = new NextStep.None();

    protected WorkQueue queue;

    /** An empty queue over empty stores, with the default attached-data limits and a clock that runs. */
    protected abstract WorkQueue emptyQueue();

    protected abstract ConversationStore conversations();

    protected abstract RunLog runLog();

    /** The statistics entries kept for the conversation, by key. */
    protected abstract List<StatisticsEntry> statistics(ConversationId conversation);

    /** How many jobs are not done yet. */
    protected abstract long pendingJobs();

    @BeforeEach
    void createQueue() {
        queue = emptyQueue();
    }

    @Test
    void anEventIsAcceptedOnceEvenWhenDeliveredTwice() {
        NewJob job = job("e-1", "c-1", Optional.empty(), FIRST);

        Acceptance first = queue.accept(job);
        Acceptance again = queue.accept(job);

        assertThat(first).isInstanceOf(Acceptance.Accepted.class);
        assertThat(again).isInstanceOf(Acceptance.Duplicate.class);
        assertThat(pendingJobs()).isEqualTo(1);
    }

    @Test
    void anEventThatTriggersNothingMakesTheConversationKnownWithoutAJob() {
        assertThat(queue.accept(job("e-1", "c-1", Optional.empty()))).isInstanceOf(Acceptance.Accepted.class);

        assertThat(conversations().find(new ConversationId("c-1")))
                .hasValueSatisfying(c -> assertThat(c.attachedData().isEmpty()).isTrue());
        assertThat(pendingJobs()).isZero();
    }

    @Test
    void aDueJobIsClaimedByOneProcessOnlyWithItsEventReadBack() {
        NewJob job = job("e-1", "c-1", Optional.empty(), FIRST, SECOND);
        queue.accept(job);

        List<ClaimedJob> claimed = queue.claim("process-a", 10, LEASE);

        assertThat(claimed).singleElement().satisfies(it -> {
            assertThat(it.event()).isEqualTo(job.event());
            assertThat(it.integrations()).containsExactly(FIRST, SECOND);
            assertThat(it.nextIndex()).isZero();
        });
        assertThat(queue.claim("process-b", 10, LEASE)).isEmpty();
    }

    @Test
    void jobsLeasedAtAcceptanceOrNotYetDueAreNotClaimed() {
        queue.accept(job("e-1", "c-1", Optional.of("process-a"), FIRST));
        queue.accept(
                new NewJob(event("e-2", "c-2"), List.of(FIRST), Instant.now().plusSeconds(60), Optional.empty()));

        assertThat(queue.claim("process-b", 10, LEASE)).isEmpty();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheFormerOwnerCanNoLongerCommit() throws InterruptedException {
        queue.accept(job("e-1", "c-1", Optional.empty(), FIRST));
        ClaimedJob crashed = queue.claim("process-a", 1, Duration.ofMillis(1)).getFirst();
        Thread.sleep(20);

        ClaimedJob takenOver = queue.claim("process-b", 1, LEASE).getFirst();

        assertThat(takenOver.jobId()).isEqualTo(crashed.jobId());
        assertThat(commit(crashed, "process-a", obj("name", "late"), DONE)).isInstanceOf(StepCommitted.LeaseLost.class);
        assertThat(commit(takenOver, "process-b", obj("name", "Ada"), DONE))
                .isInstanceOf(StepCommitted.Committed.class);
        assertThat(attached("c-1")).isEqualTo(obj("name", "Ada"));
        assertThat(runLog().recentRuns(FIRST, 10)).hasSize(1);
        assertThat(pendingJobs()).isZero();
    }

    @Test
    void aStepIsCommittedOnceEvenWhenItsCommitIsRepeated() {
        queue.accept(job("e-1", "c-1", Optional.empty(), FIRST));
        ClaimedJob job = queue.claim("process-a", 1, LEASE).getFirst();

        commit(job, "process-a", obj("name", "Ada"), DONE);
        StepCommitted again = commit(job, "process-a", obj("name", "Ada"), DONE);

        assertThat(again).isInstanceOf(StepCommitted.LeaseLost.class);
        assertThat(runLog().recentRuns(FIRST, 10)).hasSize(1);
    }

    @Test
    void savedKeysOverwriteInPlaceAndNewKeysFollowInSavedOrder() {
        queue.accept(job("e-1", "c-1", Optional.empty(), FIRST, SECOND));
        ClaimedJob job = queue.claim("process-a", 1, LEASE).getFirst();

        commit(
                job,
                "process-a",
                obj("zeta", "1", "customer_data", obj("id", "C-1", "tier", "gold")),
                new NextStep.Here(Instant.now()));
        commit(job.advanced(), "process-a", obj("alpha", "new", "zeta", "2", "customer_data", obj("id", "C-2")), DONE);

        JsonObject attached = attached("c-1");
        assertThat(attached.members().keySet()).containsExactly("zeta", "customer_data", "alpha");
        assertThat(attached.get("zeta")).contains(JsonValue.of("2"));
        assertThat(attached.get("customer_data")).contains(obj("id", "C-2"));
    }

    @Test
    void whatAnOlderEventSavesNeverOverwritesANewerEventsKeys() {
        ConversationEvent older = new ConversationEvent(
                event("e-old", "c-1").id(),
                event("e-old", "c-1").name(),
                NOON.minusSeconds(60),
                event("e-old", "c-1").contact());
        queue.accept(job("e-new", "c-1", Optional.empty(), FIRST));
        queue.accept(new NewJob(older, List.of(FIRST), Instant.now(), Optional.empty()));
        List<ClaimedJob> jobs = queue.claim("process-a", 10, LEASE);
        ClaimedJob newer = jobs.stream()
                .filter(job -> job.event().id().value().equals("e-new"))
                .findFirst()
                .orElseThrow();
        ClaimedJob old = jobs.stream()
                .filter(job -> job.event().id().value().equals("e-old"))
                .findFirst()
                .orElseThrow();

        commit(newer, "process-a", obj("status", "new"), DONE);
        commit(old, "process-a", obj("status", "old", "first_seen", "yes"), DONE);

        assertThat(attached("c-1")).isEqualTo(obj("status", "new", "first_seen", "yes"));
    }

    @Test
    void dataOverTheConversationLimitFailsTheRunAndSavesNothing() {
        queue.accept(job("e-1", "c-1", Optional.empty(), FIRST));
        ClaimedJob job = queue.claim("process-a", 1, LEASE).getFirst();

        StepCommitted committed = commit(
                job, "process-a", obj("a", "x".repeat(15_000), "b", "y".repeat(15_000), "c", "z".repeat(15_000)), DONE);

        assertThat(committed).isInstanceOfSatisfying(StepCommitted.Committed.class, it -> {
            assertThat(it.run().status()).isEqualTo(RunStatus.FAILED);
            assertThat(it.run().reason()).contains("over the limit of 32768 bytes per conversation");
        });
        assertThat(attached("c-1")).isEqualTo(JsonObject.EMPTY);
        assertThat(runLog().recentRuns(FIRST, 1))
                .singleElement()
                .extracting(Run::status)
                .isEqualTo(RunStatus.FAILED);
    }

    @Test
    void theIncludedKeysThatAStepWroteAreKeptForStatistics() {
        queue.accept(job("e-1", "c-1", Optional.empty(), FIRST));
        ClaimedJob job = queue.claim("process-a", 1, LEASE).getFirst();

        queue.commit(step(job, "process-a", obj("tier", "gold", "name", "Ada"), DONE, Set.of("tier", "missing")));

        assertThat(statistics(new ConversationId("c-1")))
                .extracting(StatisticsEntry::key, StatisticsEntry::value)
                .containsExactly(tuple("tier", JsonValue.of("gold")));
    }

    @Test
    void aJobKeptLeasedIsNotClaimedButAReleasedOneIs() {
        queue.accept(job("e-1", "c-1", Optional.empty(), FIRST, SECOND));
        queue.accept(job("e-2", "c-2", Optional.empty(), FIRST, SECOND));
        List<ClaimedJob> jobs = queue.claim("process-a", 10, LEASE);

        commit(
                jobs.getFirst(),
                "process-a",
                JsonObject.EMPTY,
                new NextStep.Here(Instant.now().minusSeconds(1)));
        commit(
                jobs.get(1),
                "process-a",
                JsonObject.EMPTY,
                new NextStep.Anyone(Instant.now().minusSeconds(1)));

        assertThat(queue.claim("process-b", 10, LEASE)).singleElement().satisfies(job -> {
            assertThat(job.jobId()).isEqualTo(jobs.get(1).jobId());
            assertThat(job.nextIndex()).isEqualTo(1);
        });
        assertThat(queue.releaseAll("process-a")).isEqualTo(1);
        assertThat(queue.claim("process-c", 10, LEASE))
                .singleElement()
                .extracting(ClaimedJob::jobId)
                .isEqualTo(jobs.getFirst().jobId());
    }

    @Test
    void aFailedRunCanBeRetriedWithItsStep() {
        queue.accept(job("e-1", "c-1", Optional.empty(), FIRST, SECOND));
        ClaimedJob job = queue.claim("process-a", 1, LEASE).getFirst();
        commit(job, "process-a", JsonObject.EMPTY, new NextStep.Here(Instant.now()));
        ClaimedJob second = job.advanced();
        StepCommitted failed = queue.commit(new StepCommit(
                second.jobId(),
                1,
                "process-a",
                new StepOutcome(run(second, RunStatus.FAILED), JsonObject.EMPTY, second.version(), Set.of()),
                DONE));
        UUID failedRun = ((StepCommitted.Committed) failed).run().id();

        Optional<Long> retry = queue.retry(failedRun, Instant.now().minusSeconds(1));

        assertThat(retry).isPresent();
        assertThat(queue.claim("process-b", 10, LEASE)).singleElement().satisfies(retried -> {
            assertThat(retried.jobId()).isEqualTo(retry.get());
            assertThat(retried.integrations()).containsExactly(SECOND);
            assertThat(retried.version()).isEqualTo(second.version());
        });
        assertThat(queue.retry(UUID.randomUUID(), Instant.now())).isEmpty();
    }

    private StepCommitted commit(ClaimedJob job, String owner, JsonObject saved, NextStep next) {
        return queue.commit(step(job, owner, saved, next, Set.of()));
    }

    private static StepCommit step(
            ClaimedJob job, String owner, JsonObject saved, NextStep next, Set<String> statistics) {
        return new StepCommit(
                job.jobId(),
                job.nextIndex(),
                owner,
                new StepOutcome(run(job, RunStatus.SUCCEEDED), saved, job.version(), statistics),
                next);
    }

    private static Run run(ClaimedJob job, RunStatus status) {
        return Run.of(
                job.integration(),
                "integration " + job.integration(),
                job.event(),
                status,
                status.wireName(),
                OptionalInt.of(200),
                Duration.ofMillis(3),
                NOON);
    }

    private JsonObject attached(String conversation) {
        return conversations()
                .find(new ConversationId(conversation))
                .orElseThrow()
                .attachedData()
                .values();
    }

    private static NewJob job(
            String eventId, String conversationId, Optional<String> owner, IntegrationId... integrations) {
        return new NewJob(
                event(eventId, conversationId),
                List.of(integrations),
                Instant.now().minusSeconds(1),
                owner);
    }

    private static ConversationEvent event(String eventId, String conversationId) {
        return ConversationSamples.event(eventId, conversationId);
    }

    /** Names and values, alternating; a value is text or a JSON value. */
    private static JsonObject obj(Object... members) {
        JsonObject.Builder builder = JsonObject.builder();
        for (int i = 0; i < members.length; i += 2) {
            builder.put(
                    (String) members[i],
                    members[i + 1] instanceof JsonValue value ? value : JsonValue.of((String) members[i + 1]));
        }
        return builder.build();
    }
}
