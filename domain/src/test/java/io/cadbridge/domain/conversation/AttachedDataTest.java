package io.cadbridge.domain.conversation;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.domain.integration.ChannelType;
import org.junit.jupiter.api.Test;

class AttachedDataTest {

    @Test
    void laterDataOverwritesOverlappingKeysAndKeepsTheOthers() {
        AttachedData data = AttachedData.EMPTY.merge(obj("a", 1, "b", "x")).merge(obj("b", "y", "c", true));

        assertThat(data.values()).isEqualTo(obj("a", 1, "b", "y", "c", true));
    }

    @Test
    void extraDataSettingsBelongToOneChannel() {
        assertThatThrownBy(() -> ExtraDataSettings.defaults(ChannelType.MULTI_CHANNEL))
                .hasMessageContaining("multi-channel");
    }

    @Test
    void queuesAreNamedByIdInAnyCaseWithOrWithoutHyphensOrByAddress() {
        QueueRef queue = new QueueRef("c9177d58-5da5-ee11-b3ed-58961d1810cc", "chat.queue@acme.com");

        assertThat(queue.isNamed("C9177D585DA5EE11B3ED58961D1810CC")).isTrue();
        assertThat(queue.isNamed("Chat.Queue@acme.com")).isTrue();
        assertThat(queue.isNamed("other@acme.com")).isFalse();
    }
}
