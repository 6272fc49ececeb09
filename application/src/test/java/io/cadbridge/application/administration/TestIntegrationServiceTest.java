package io.cadbridge.application.administration;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.TestIntegrationUseCase.TestDraftCommand;
import io.cadbridge.application.port.in.TestRunOutcome;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.SecretsUpdate;
import io.cadbridge.domain.testing.Seed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestIntegrationServiceTest {

    private final InMemoryWorld world =
            new InMemoryWorld(Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC));
    private final TestIntegrationService service = world.testIntegrations(IntegrationPolicy.HTTPS_ONLY);

    @Test
    void aTestRunSkipsTheDelayAndStoresNothing() {
        IntegrationDraft seed = Seed.draft("https://crm.example/delayed");
        IntegrationDraft delayed = new IntegrationDraft(
                "delayed",
                "",
                seed.channelType(),
                seed.endpointUrl(),
                1,
                seed.direction(),
                seed.events(),
                seed.scope(),
                true,
                obj(
                        "request",
                        obj("method", "GET", "delay", 30),
                        "response",
                        obj("save", obj("id", "{response.body.id}"))));
        world.crm.respond(new CrmResponse(200, Map.of(), Optional.of(obj("id", "C-1")), "", Duration.ZERO));

        TestRunOutcome outcome = service.testDraft(
                new TestDraftCommand(delayed, SecretsUpdate.KEEP, Seed.inboundCallReceived("e-1", "c-1")));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        TestRunOutcome.Traced.class,
                        traced -> assertThat(traced.trace().saved()).isEqualTo(obj("id", "C-1")));
        assertThat(world.pauses).isEmpty();
        assertThat(world.conversations.find(new ConversationId("c-1"))).isEmpty();
        assertThat(world.crm.requests()).hasSize(1);
    }

    @Test
    void plainHttpIsRefusedUnlessTheOperatorAllowsIt() {
        TestRunOutcome outcome = service.testDraft(new TestDraftCommand(
                Seed.draft("http://crm.example/plain"),
                new SecretsUpdate(
                        new SecretsUpdate.Change.Replace<>(
                                Seed.secrets().credentials().orElseThrow()),
                        new SecretsUpdate.Change.Keep<>()),
                Seed.inboundCallReceived("e-1", "c-1")));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        TestRunOutcome.Invalid.class,
                        invalid -> assertThat(invalid.problems())
                                .extracting(problem -> problem.pointer())
                                .containsExactly("/endpointUrl"));
        assertThat(world.crm.requests()).isEmpty();
    }
}
