package io.cadbridge.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.domain.integration.EventName;
import io.cadbridge.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoredEventsTest {

    @Test
    void everyPropertyOfAnEventSurvivesTheRoundTrip() {
        Contact contact = new Contact(
                new ConversationId("conv-1"),
                "guid-1",
                "chat",
                Optional.of("whatsapp"),
                "inbound",
                Optional.of(Instant.parse("2026-11-25T08:59:58.120Z")),
                Optional.of("FI"),
                Optional.of(7L),
                List.of(new Skill("s-1", new BigDecimal("2.5"), "Finnish"), new Skill("s-2", null, null)),
                Optional.of(new QueueRef("Q-1", "sales@acme.com")),
                Optional.of(new QueueRef(null, "vip@acme.com")),
                Optional.of(new AgentRef("A-1", "1001", "a@acme.com")),
                Optional.of(new AgentRef(null, null, "p@acme.com")),
                List.of(new AgentRef("A-2", null, null)),
                Optional.of(new AgentRef(null, "1002", null)),
                Optional.of("+358401234567"),
                Optional.empty());
        ConversationEvent event = new ConversationEvent(
                new EventId("evt-1"), EventName.TRANSFERRED, Instant.parse("2026-11-25T09:00:00.123456Z"), contact);

        assertThat(StoredEvents.read(StoredEvents.write(event))).isEqualTo(event);
    }

    @Test
    void somethingElseIsRefusedWithWhatIsMissing() {
        assertThatThrownBy(() -> StoredEvents.read(JsonObject.EMPTY)).hasMessageContaining("\"event\"");
    }
}
