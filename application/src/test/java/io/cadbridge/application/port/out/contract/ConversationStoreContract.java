package io.cadbridge.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.integration.ChannelType;
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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConversationStore} does; run against the in-memory fake and the PostgreSQL
 * adapter, written to through the {@link WorkQueue} over the same store, as in production.
 */
public abstract class ConversationStoreContract {

    private static final Instant CLOSED = Instant.now().minus(Duration.ofHours(2));
    private static final IntegrationId CRM = IntegrationId.random();
    private static final Map<ChannelType, Set<String>> SAVED = Map.of(ChannelType.PHONE, Set.of("customerId"));

    private ConversationStore conversations;
    private WorkQueue queue;
    private int events;

    /** @return a conversation store over empty stores */
    protected abstract ConversationStore emptyStore();

    /** @return the work queue writing what the store last returned by {@link #emptyStore()} reads */
    protected abstract WorkQueue queueWritingTheStore();

    @BeforeEach
    void createStores() {
        conversations = emptyStore();
        queue = queueWritingTheStore();
    }

    @Test
    void aClosedConversationKeepsOnlyItsSavedKeysOnce() {
        saved("c-1", CLOSED.minusSeconds(60), obj("name", "Aino", "customerId", "C-7", "segment", "gold"));
        event("c-1", EventName.CLOSED, CLOSED);

        assertThat(conversations.removeUnsavedKeys(CLOSED.plusSeconds(1), SAVED, 10))
                .isEqualTo(1);
        assertThat(attached("c-1")).isEqualTo(obj("customerId", "C-7"));
        assertThat(conversations.removeUnsavedKeys(CLOSED.plusSeconds(1), SAVED, 10))
                .as("each conversation once")
                .isZero();
    }

    @Test
    void openConversationsAndThoseClosedTooRecentlyKeepEverything() {
        saved("c-open", CLOSED, obj("name", "Aino"));
        saved("c-recent", CLOSED, obj("name", "Eino"));
        event("c-recent", EventName.CLOSED, CLOSED.plusSeconds(60));

        assertThat(conversations.removeUnsavedKeys(CLOSED.plusSeconds(1), SAVED, 10))
                .isZero();
        assertThat(attached("c-open")).isEqualTo(obj("name", "Aino"));
        assertThat(attached("c-recent")).isEqualTo(obj("name", "Eino"));
    }

    @Test
    void atMostTheGivenNumberAreDoneAtOnce() {
        for (int i = 1; i <= 3; i++) {
            saved("c-" + i, CLOSED.minusSeconds(60), obj("name", "n" + i));
            event("c-" + i, EventName.CLOSED, CLOSED);
        }

        assertThat(conversations.removeUnsavedKeys(CLOSED.plusSeconds(1), SAVED, 2))
                .isEqualTo(2);
        assertThat(conversations.removeUnsavedKeys(CLOSED.plusSeconds(1), SAVED, 2))
                .isEqualTo(1);
        assertThat(List.of(attached("c-1"), attached("c-2"), attached("c-3"))).containsOnly(JsonObject.EMPTY);
    }

    private void event(String conversation, EventName name, Instant at) {
        ConversationEvent sample = ConversationSamples.event("e", conversation);
        queue.accept(new NewJob(
                new ConversationEvent(new EventId("e-" + ++events), name, at, sample.contact()),
                List.of(),
                at,
                Optional.empty()));
    }

    private void saved(String conversation, Instant at, JsonObject data) {
        ConversationEvent sample = ConversationSamples.event("e", conversation);
        ConversationEvent event =
                new ConversationEvent(new EventId("e-" + ++events), EventName.RECEIVED, at, sample.contact());
        NewJob job = new NewJob(event, List.of(CRM), at, Optional.of("writer"));
        Acceptance.Accepted accepted = (Acceptance.Accepted) queue.accept(job);
        Run run = Run.of(CRM, "CRM", event, RunStatus.SUCCEEDED, "saved", OptionalInt.of(200), Duration.ZERO, at);
        queue.commit(new StepCommit(
                accepted.jobId(),
                0,
                "writer",
                new StepOutcome(run, data, job.claimed(accepted).version(), Map.of()),
                new NextStep.None()));
    }

    private JsonObject attached(String conversation) {
        return conversations
                .find(new ConversationId(conversation))
                .orElseThrow()
                .attachedData()
                .values();
    }

    private static JsonObject obj(String... members) {
        JsonObject.Builder builder = JsonObject.builder();
        for (int i = 0; i < members.length; i += 2) {
            builder.put(members[i], JsonValue.of(members[i + 1]));
        }
        return builder.build();
    }
}
