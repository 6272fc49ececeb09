package io.cadbridge.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.conversation.ConversationId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentLinkTokenTest {

    private static final AgentLinkToken.Key KEY =
            new AgentLinkToken.Key("k".repeat(32).getBytes());
    private static final Instant NOON = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void aTokenOpensItsConversationUntilItExpires() {
        String token = AgentLinkToken.sign(new ConversationId("C 1/é"), NOON, KEY);

        assertThat(AgentLinkToken.verify(token, KEY, NOON.minusSeconds(1)))
                .isEqualTo(new AgentLinkToken.Verdict.Valid(new ConversationId("C 1/é"), NOON));
        assertThat(AgentLinkToken.verify(token, KEY, NOON)).isEqualTo(new AgentLinkToken.Verdict.Expired(NOON));
    }

    @Test
    void aChangedTokenOrAnotherKeyOpensNothing() {
        String token = AgentLinkToken.sign(new ConversationId("C1"), NOON, KEY);
        String otherConversation = AgentLinkToken.sign(new ConversationId("C2"), NOON, KEY);
        String swapped =
                otherConversation.substring(0, otherConversation.indexOf('.')) + token.substring(token.indexOf('.'));

        assertThat(AgentLinkToken.verify(swapped, KEY, NOON.minusSeconds(1)))
                .isInstanceOf(AgentLinkToken.Verdict.Invalid.class);
        assertThat(AgentLinkToken.verify(
                        token, new AgentLinkToken.Key("x".repeat(32).getBytes()), NOON.minusSeconds(1)))
                .isInstanceOf(AgentLinkToken.Verdict.Invalid.class);
        assertThat(AgentLinkToken.verify("no-dot", KEY, NOON)).isInstanceOf(AgentLinkToken.Verdict.Invalid.class);
        assertThat(AgentLinkToken.verify("%%%.%%%", KEY, NOON)).isInstanceOf(AgentLinkToken.Verdict.Invalid.class);
        assertThat(KEY.toString()).doesNotContain("kkkk");
    }
}
