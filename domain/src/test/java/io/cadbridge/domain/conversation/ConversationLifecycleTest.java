package io.cadbridge.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.testing.Seed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationLifecycleTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void mergingInAnyOrderKeepsTheEarliestStartEndAndCloseAndTheLatestEvent() {
        ConversationLifecycle received = life(EventName.RECEIVED, NINE);
        ConversationLifecycle ended = life(EventName.ENDED, NINE.plusSeconds(60));
        ConversationLifecycle closed = life(EventName.CLOSED, NINE.plusSeconds(90));

        ConversationLifecycle forwards = received.merge(ended).merge(closed);
        ConversationLifecycle backwards = closed.merge(ended).merge(received);

        assertThat(backwards).isEqualTo(forwards);
        assertThat(forwards.startedAt()).isEqualTo(NINE);
        assertThat(forwards.endedAt()).contains(NINE.plusSeconds(60));
        assertThat(forwards.closedAt()).contains(NINE.plusSeconds(90));
        assertThat(forwards.lastEvent()).isEqualTo(EventName.CLOSED);
        assertThat(forwards.queue()).isEqualTo(received.queue());
    }

    @Test
    void historyModesBelongToKeysSavedForStatisticsAndOutboundCallsToPhone() {
        assertThat(new ExtraDataSettings(
                                ChannelType.CHAT, List.of(), List.of("a", "b"), List.of(), Map.of("b", HistoryMode.ALL))
                        .statisticsKeys())
                .containsExactly(Map.entry("a", HistoryMode.LAST), Map.entry("b", HistoryMode.ALL));
        assertThatThrownBy(() -> new ExtraDataSettings(
                        ChannelType.CHAT, List.of(), List.of("a"), List.of(), Map.of("z", HistoryMode.FIRST)))
                .hasMessageContaining("z");
        assertThatThrownBy(() -> new ExtraDataSettings(ChannelType.EMAIL, List.of(), List.of(), List.of("a"), Map.of()))
                .hasMessageContaining("only the phone channel");
    }

    private static ConversationLifecycle life(EventName name, Instant at) {
        ConversationEvent received = Seed.inboundCallReceived("e-" + name, "c-1");
        return ConversationLifecycle.of(new ConversationEvent(received.id(), name, at, received.contact()));
    }
}
