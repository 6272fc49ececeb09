package io.cadbridge.adapters.persistence;

import static io.cadbridge.application.port.out.contract.ConversationSamples.NOON;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.contract.ConversationSamples;
import io.cadbridge.application.port.out.contract.IntegrationSamples;
import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.Integration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Everything written survives a restart: new adapters on a new jOOQ context read it back. */
class RestartTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private static final ConversationId CONVERSATION = new ConversationId("conversation-1");

    @Test
    void dataWrittenBeforeARestartIsReadAfterIt() {
        Integration integration = IntegrationSamples.named("CRM lookup", 1);
        ExtraDataSettings settings = new ExtraDataSettings(ChannelType.CHAT, List.of("name"), List.of("tier"));
        DSLContext before = JooqContexts.postgres(DATABASE.dataSource());
        new JooqIntegrationRepository(before, PostgresSchema.secrets()).save(integration);
        NewJob job = new NewJob(
                ConversationSamples.event("event-1", CONVERSATION.value()),
                List.of(integration.id()),
                NOON,
                Optional.empty());
        new JooqWorkQueue(before, Clock.systemUTC(), CadLimits.DEFAULT).accept(job);
        Conversation conversation =
                new JooqConversationStore(before).find(CONVERSATION).orElseThrow();
        new JooqExtraDataSettingsRepository(before).save(settings);

        DSLContext after = JooqContexts.postgres(DATABASE.dataSource());

        assertThat(new JooqIntegrationRepository(after, PostgresSchema.secrets()).findAll())
                .containsExactly(integration);
        assertThat(new JooqConversationStore(after).find(CONVERSATION)).contains(conversation);
        JooqWorkQueue queue = new JooqWorkQueue(after, Clock.systemUTC(), CadLimits.DEFAULT);
        assertThat(queue.accept(job)).isInstanceOf(Acceptance.Duplicate.class);
        assertThat(queue.claim("after-restart", 10, Duration.ofSeconds(30)))
                .singleElement()
                .satisfies(claimed -> assertThat(claimed.event()).isEqualTo(job.event()));
        assertThat(new JooqExtraDataSettingsRepository(after).find(ChannelType.CHAT))
                .contains(settings);
    }
}
