package io.cadbridge.application.port.out.contract;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.json.JsonNumber;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ConversationStore} does; run against the in-memory fake and the real adapter. */
public abstract class ConversationStoreContract {

    private static final ConversationId CONVERSATION = new ConversationId("conversation-1");

    protected ConversationStore store;

    /** @return a store with no conversations in it */
    protected abstract ConversationStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
    }

    @Test
    void findIsEmptyForAnUnknownConversation() {
        assertThat(store.find(CONVERSATION)).isEmpty();
    }

    @Test
    void firstMergeCreatesTheConversation() {
        JsonObject saved = JsonObject.builder().put("customer_name", "Ada").build();

        Conversation merged = store.mergeAttachedData(CONVERSATION, saved, NOON);

        assertThat(merged).isEqualTo(new Conversation(CONVERSATION, new AttachedData(saved), NOON));
        assertThat(store.find(CONVERSATION)).contains(merged);
    }

    @Test
    void mergeOverwritesOverlappingKeysAndKeepsTheOthers() {
        store.mergeAttachedData(CONVERSATION, JsonObject.builder().put("name", "Ada").put("tier", "gold").build(), NOON);
        Instant later = NOON.plus(Duration.ofSeconds(5));

        Conversation merged = store.mergeAttachedData(CONVERSATION,
                JsonObject.builder().put("tier", "platinum").put("score", JsonNumber.of(42)).build(), later);

        JsonObject expected = JsonObject.builder()
                .put("name", "Ada").put("tier", "platinum").put("score", JsonNumber.of(42)).build();
        assertThat(merged).isEqualTo(new Conversation(CONVERSATION, new AttachedData(expected), later));
        assertThat(store.find(CONVERSATION)).contains(merged);
    }

    /** Agents read the keys in the order the integrations saved them; an overwritten key keeps its place. */
    @Test
    void keysKeepTheOrderTheyWereSavedIn() {
        JsonObject customer = JsonObject.builder().put("id", "1").put("firstname", "Ada").put("lastname", "Lovelace")
                .put("company", "Analytical").put("jobtitle", "Engineer").put("lastticket", "T-3").build();
        store.mergeAttachedData(CONVERSATION, JsonObject.builder().put("zeta", "1").put("customer_data", customer).build(), NOON);

        store.mergeAttachedData(CONVERSATION, JsonObject.builder().put("alpha", "new").put("zeta", "2").build(), NOON);

        JsonObject stored = store.find(CONVERSATION).orElseThrow().attachedData().values();
        assertThat(stored.members().keySet()).containsExactly("zeta", "customer_data", "alpha");
        assertThat(stored.get("zeta")).contains(new JsonString("2"));
        assertThat(((JsonObject) stored.get("customer_data").orElseThrow()).members().keySet())
                .containsExactly("id", "firstname", "lastname", "company", "jobtitle", "lastticket");
    }

    @Test
    void mergeReplacesANestedGroupAsAWhole() {
        store.mergeAttachedData(CONVERSATION, JsonObject.builder()
                .put("customer_data", JsonObject.builder().put("id", "1").put("name", "Ada").build()).build(), NOON);

        Conversation merged = store.mergeAttachedData(CONVERSATION, JsonObject.builder()
                .put("customer_data", JsonObject.builder().put("id", "2").build()).build(), NOON);

        assertThat(merged.attachedData().get("customer_data"))
                .contains(JsonObject.builder().put("id", "2").build());
    }

    @Test
    void mergingNothingStillCreatesTheConversation() {
        Conversation merged = store.mergeAttachedData(CONVERSATION, JsonObject.EMPTY, NOON);

        assertThat(merged.attachedData().isEmpty()).isTrue();
        assertThat(store.find(CONVERSATION)).contains(merged);
    }

    @Test
    void conversationsKeepTheirOwnAttachedData() {
        ConversationId other = new ConversationId("conversation-2");
        store.mergeAttachedData(CONVERSATION, JsonObject.builder().put("name", "Ada").build(), NOON);

        store.mergeAttachedData(other, JsonObject.builder().put("name", "Grace").build(), NOON);

        assertThat(store.find(CONVERSATION).orElseThrow().attachedData().get("name")).contains(new JsonString("Ada"));
        assertThat(store.find(other).orElseThrow().attachedData().get("name")).contains(new JsonString("Grace"));
    }
}
