package io.cadbridge.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.Erasures;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.erasure.ErasureCriterion;
import io.cadbridge.domain.history.HistorySearch;
import io.cadbridge.domain.history.ValueMatch;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Erasures} removes; run against the in-memory fake and the PostgreSQL adapter,
 * the data written and read back through the ports production uses.
 */
public abstract class ErasuresContract {

    protected static final String CALLER = "+358401234567";
    protected static final String OTHER_CALLER = "+4915112345678";
    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final IntegrationId CRM = IntegrationId.random();

    private int events;

    /** A fresh, empty world; the accessors below return its parts. */
    protected abstract void emptyWorld();

    protected abstract Erasures erasures();

    protected abstract WorkQueue queue();

    protected abstract ConversationStore conversations();

    protected abstract HistoryStore history();

    protected abstract RunLog runLog();

    @BeforeEach
    void createWorld() {
        emptyWorld();
    }

    @Test
    void aCallersConversationsAreErasedEverywhereAndOthersAreKept() {
        saved("c-1", CALLER, obj("customerId", "C-7", "name", "Aino Virtanen"));
        saved("c-2", CALLER, obj("customerId", "C-7"));
        saved("c-3", OTHER_CALLER, obj("customerId", "C-8"));

        int erased = erasures().erase(new ErasureCriterion.ContactSource(CALLER), NINE.plusSeconds(3600));

        assertThat(erased).isEqualTo(2);
        assertThat(erasures().erase(new ErasureCriterion.ContactSource(CALLER), NINE.plusSeconds(3601)))
                .as("nothing of the caller is left to find")
                .isZero();
        assertThat(conversations().find(new ConversationId("c-1"))).isEmpty();
        assertThat(conversations().find(new ConversationId("c-2"))).isEmpty();
        assertThat(conversations().find(new ConversationId("c-3"))).isPresent();
        assertThat(history().find(new ConversationId("c-1"))).isEmpty();
        assertThat(history().search(search("C-7")).conversations()).isEmpty();
        assertThat(history().search(search("C-8")).conversations()).hasSize(1);
        assertThat(runLog().recentRuns(CRM, 10))
                .filteredOn(run -> !run.conversationId().value().equals("c-3"))
                .extracting(Run::reason)
                .containsOnly("erased");
    }

    @Test
    void anErasedEventDeliveredAgainIsStillADuplicateAndItsPendingWorkIsOver() {
        ConversationEvent event = event("c-1", CALLER);
        queue().accept(new NewJob(event, List.of(CRM), NINE, Optional.empty()));

        erasures().erase(new ErasureCriterion.Conversation(new ConversationId("c-1")), NINE.plusSeconds(60));

        assertThat(queue().accept(new NewJob(event, List.of(CRM), NINE, Optional.empty())))
                .isInstanceOf(Acceptance.Duplicate.class);
        assertThat(queue().claim("process-a", 10, Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void aKeptValueFindsTheConversationsToEraseAndAnUnknownConversationIsNothing() {
        saved("c-1", CALLER, obj("customerId", "C-7"));
        saved("c-2", OTHER_CALLER, obj("customerId", "C-8"));

        assertThat(erasures().erase(new ErasureCriterion.KeptValue("customerId", "C-8"), NINE))
                .isEqualTo(1);
        assertThat(conversations().find(new ConversationId("c-2"))).isEmpty();
        assertThat(conversations().find(new ConversationId("c-1"))).isPresent();
        assertThat(erasures().erase(new ErasureCriterion.Conversation(new ConversationId("c-unknown")), NINE))
                .isZero();
    }

    /** A conversation of {@code caller} whose integration saved {@code data}, kept for statistics. */
    protected void saved(String conversation, String caller, JsonObject data) {
        ConversationEvent event = event(conversation, caller);
        NewJob job = new NewJob(event, List.of(CRM), NINE, Optional.of("writer"));
        Acceptance.Accepted accepted = (Acceptance.Accepted) queue().accept(job);
        Run run = Run.of(
                CRM,
                "CRM",
                event,
                RunStatus.FAILED,
                "the CRM answered 500: " + data.toJson(),
                OptionalInt.of(500),
                Duration.ZERO,
                NINE);
        Map<String, HistoryMode> kept = Map.of("customerId", HistoryMode.LAST, "name", HistoryMode.ALL);
        queue().commit(new StepCommit(
                accepted.jobId(),
                0,
                "writer",
                new StepOutcome(run, data, job.claimed(accepted).version(), kept),
                new NextStep.None()));
    }

    private ConversationEvent event(String conversation, String caller) {
        Contact sample = ConversationSamples.contact(conversation);
        Contact contact = new Contact(
                sample.id(),
                sample.guid(),
                sample.channelType(),
                sample.channelSubType(),
                sample.direction(),
                sample.created(),
                sample.language(),
                sample.priority(),
                sample.skills(),
                sample.queue(),
                sample.forwardingQueue(),
                sample.agent(),
                sample.preferredAgent(),
                sample.requiredAgents(),
                sample.transferringAgent(),
                Optional.of(caller),
                sample.destination());
        return new ConversationEvent(new EventId("e-" + ++events), EventName.RECEIVED, NINE, contact);
    }

    private static HistorySearch search(String customerId) {
        return new HistorySearch(
                "customerId",
                new ValueMatch.Exact(customerId),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                50,
                Optional.empty());
    }

    private static JsonObject obj(String... members) {
        JsonObject.Builder builder = JsonObject.builder();
        for (int i = 0; i < members.length; i += 2) {
            builder.put(members[i], JsonValue.of(members[i + 1]));
        }
        return builder.build();
    }
}
