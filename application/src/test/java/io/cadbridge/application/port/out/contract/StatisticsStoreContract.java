package io.cadbridge.application.port.out.contract;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.json.JsonArray;
import io.cadbridge.domain.json.JsonNumber;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.json.JsonString;
import io.cadbridge.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link StatisticsStore} does; run against the in-memory fake and the real adapter. */
public abstract class StatisticsStoreContract {

    private static final ConversationId CONVERSATION = new ConversationId("conversation-1");

    protected StatisticsStore store;

    /** @return a store with no entries in it */
    protected abstract StatisticsStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
    }

    @Test
    void savedEntriesAreFoundByConversationInKeyOrder() {
        StatisticsEntry tier = entry(CONVERSATION, "tier", new JsonString("gold"), "event-1");
        StatisticsEntry account = entry(CONVERSATION, "account", JsonObject.builder()
                .put("id", "A-1").put("balance", new JsonNumber(new BigDecimal("10.50")))
                .put("tags", new JsonArray(List.of(new JsonString("vip")))).build(), "event-1");

        store.save(List.of(tier, account));

        assertThat(store.findByConversation(CONVERSATION)).containsExactly(account, tier);
    }

    @Test
    void savingAKeyAgainKeepsOnlyTheLatestValue() {
        store.save(List.of(entry(CONVERSATION, "tier", new JsonString("gold"), "event-1")));
        StatisticsEntry latest = entry(CONVERSATION, "tier", new JsonString("platinum"), "event-2");

        store.save(List.of(latest));

        assertThat(store.findByConversation(CONVERSATION)).containsExactly(latest);
    }

    @Test
    void withinOneSaveTheLastEntryForAKeyWins() {
        StatisticsEntry latest = entry(CONVERSATION, "tier", new JsonString("platinum"), "event-2");

        store.save(List.of(entry(CONVERSATION, "tier", new JsonString("gold"), "event-1"), latest));

        assertThat(store.findByConversation(CONVERSATION)).containsExactly(latest);
    }

    @Test
    void entriesOfOtherConversationsAreNotFound() {
        StatisticsEntry mine = entry(CONVERSATION, "tier", new JsonString("gold"), "event-1");
        store.save(List.of(mine, entry(new ConversationId("conversation-2"), "tier", new JsonString("silver"), "event-2")));

        assertThat(store.findByConversation(CONVERSATION)).containsExactly(mine);
        assertThat(store.findByConversation(new ConversationId("conversation-3"))).isEmpty();
    }

    @Test
    void savingNoEntriesChangesNothing() {
        StatisticsEntry kept = entry(CONVERSATION, "tier", new JsonString("gold"), "event-1");
        store.save(List.of(kept));

        store.save(List.of());

        assertThat(store.findByConversation(CONVERSATION)).containsExactly(kept);
    }

    private static StatisticsEntry entry(ConversationId conversation, String key, JsonValue value, String eventId) {
        return new StatisticsEntry(conversation, key, value, new EventId(eventId), NOON);
    }
}
