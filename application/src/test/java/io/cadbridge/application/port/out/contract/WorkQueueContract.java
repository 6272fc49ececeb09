package io.cadbridge.application.port.out.contract;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.ClaimedJob;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.QueuedWork.StepCommitted;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.AgentRef;
import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.ConversationLifecycle;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.run.StepOutcome;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
    private static final IntegrationId THIRD =
            new IntegrationId(UUID.fromString("00000000-0000-0000-0000-000000000003"));
    private static final NextStep DONE = new NextStep.None();

    protected WorkQueue queue;

    /** An empty queue over empty stores, with the default attached-data limits and a clock that runs. */
    protected abstract WorkQueue emptyQueue();

    protected abstract ConversationStore conversations();

    protected abstract RunLog runLog();

    /** The values kept for the conversation's history: by key, then in the order saved. */
    protected abstract List<SavedValue> savedValues(ConversationId conversation);

    /** The conversation's life as the accepted events told it; empty for an unknown conversation. */
    protected abstract Optional<ConversationLifecycle> lifecycle(ConversationId conversation);

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

        queue.commit(step(
                job,
                "process-a",
                obj("tier", "gold", "name", "Ada"),
                DONE,
                Map.of("tier", HistoryMode.LAST, "missing", HistoryMode.LAST)));

        assertThat(savedValues(new ConversationId("c-1")))
                .containsExactly(new SavedValue("tier", JsonValue.of("gold")));
    }

    @Test
    void eachKeyKeepsItsFirstItsLastOrAllItsValues() {
        queue.accept(job("e-1", "c-1", Optional.empty(), FIRST, SECOND, THIRD));
        ClaimedJob job = queue.claim("process-a", 1, LEASE).getFirst();
        Map<String, HistoryMode> modes =
                Map.of("entry", HistoryMode.FIRST, "tier", HistoryMode.LAST, "visits", HistoryMode.ALL);

        commit(
                job,
                "process-a",
                obj("entry", "ivr", "tier", "silver", "visits", "1"),
                new NextStep.Here(Instant.now()),
                modes);
        commit(
                job.advanced(),
                "process-a",
                obj("entry", "web", "tier", "gold", "visits", "2"),
                new NextStep.Here(Instant.now()),
                modes);
        commit(job.advanced().advanced(), "process-a", obj("visits", obj("count", JsonValue.of("3"))), DONE, modes);

        assertThat(savedValues(new ConversationId("c-1")))
                .containsExactly(
                        new SavedValue("entry", JsonValue.of("ivr")),
                        new SavedValue("tier", JsonValue.of("gold")),
                        new SavedValue("visits", JsonValue.of("1")),
                        new SavedValue("visits", JsonValue.of("2")),
                        new SavedValue("visits", obj("count", JsonValue.of("3"))));
    }

    @Test
    void theConversationsLifeIsRecordedFromItsEventsInAnyOrder() {
        Instant start = Instant.parse("2026-12-01T09:00:00Z");
        queue.accept(lifecycleJob("e-3", EventName.CLOSED, start.plusSeconds(300), Optional.of("agent-7")));
        queue.accept(lifecycleJob("e-1", EventName.RECEIVED, start, Optional.empty()));
        queue.accept(lifecycleJob("e-2", EventName.ENDED, start.plusSeconds(240), Optional.of("agent-7")));
        queue.accept(lifecycleJob(
                "e-2", EventName.ENDED, start.plusSeconds(999), Optional.empty())); // a duplicate changes nothing

        assertThat(lifecycle(new ConversationId("c-9"))).hasValueSatisfying(life -> {
            assertThat(life.channelType()).isEqualTo("phone");
            assertThat(life.direction()).isEqualTo("inbound");
            assertThat(life.queue()).contains("support");
            assertThat(life.agent()).contains("agent-7");
            assertThat(life.startedAt()).isEqualTo(start);
            assertThat(life.endedAt()).contains(start.plusSeconds(240));
            assertThat(life.closedAt()).contains(start.plusSeconds(300));
            assertThat(life.lastEventAt()).isEqualTo(start.plusSeconds(300));
            assertThat(life.lastEvent()).isEqualTo(EventName.CLOSED);
        });
        assertThat(lifecycle(new ConversationId("c-unknown"))).isEmpty();
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
                new StepOutcome(run(second, RunStatus.FAILED), JsonObject.EMPTY, second.version(), Map.of()),
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
        return commit(job, owner, saved, next, Map.of());
    }

    private StepCommitted commit(
            ClaimedJob job, String owner, JsonObject saved, NextStep next, Map<String, HistoryMode> statistics) {
        return queue.commit(step(job, owner, saved, next, statistics));
    }

    private static NewJob lifecycleJob(String eventId, EventName name, Instant at, Optional<String> agent) {
        Contact contact = ConversationSamples.contact("c-9");
        Contact withAgent = new Contact(
                contact.id(),
                contact.guid(),
                contact.channelType(),
                contact.channelSubType(),
                contact.direction(),
                contact.created(),
                contact.language(),
                contact.priority(),
                contact.skills(),
                contact.queue(),
                contact.forwardingQueue(),
                agent.map(id -> new AgentRef(id, null, null)),
                contact.preferredAgent(),
                contact.requiredAgents(),
                contact.transferringAgent(),
                contact.source(),
                contact.destination());
        return new NewJob(
                new ConversationEvent(new EventId(eventId), name, at, withAgent),
                List.of(),
                Instant.now(),
                Optional.empty());
    }

    private static StepCommit step(
            ClaimedJob job, String owner, JsonObject saved, NextStep next, Map<String, HistoryMode> statistics) {
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
