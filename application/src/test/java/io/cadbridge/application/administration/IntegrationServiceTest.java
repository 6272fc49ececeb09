package io.cadbridge.application.administration;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryIntegrationRepository;
import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase.CreateIntegrationCommand;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase.ReplaceIntegrationCommand;
import io.cadbridge.application.port.in.SaveOutcome;
import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.SecretsUpdate;
import io.cadbridge.domain.integration.SecretsUpdate.Change;
import io.cadbridge.domain.testing.Seed;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntegrationServiceTest {

    private final InMemoryWorld world =
            new InMemoryWorld(java.time.Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
    private final InMemoryIntegrationRepository repository = world.integrations;
    private final IntegrationService service = world.manageIntegrations(IntegrationPolicy.HTTPS_ONLY);
    private final SecretsUpdate seedSecrets =
            new SecretsUpdate(new Change.Replace<>(new BasicCredentials("cadbridge", "s3cret")), new Change.Keep<>());

    @Test
    void aValidDefinitionIsCompiledAndStored() {
        SaveOutcome outcome =
                service.create(new CreateIntegrationCommand(Seed.draft("https://crm.example"), seedSecrets));

        Integration saved = ((SaveOutcome.Saved) outcome).integration();
        assertThat(repository.findById(saved.id())).contains(saved);
        assertThat(((SaveOutcome.Saved) outcome).created()).isTrue();
    }

    @Test
    void anInvalidDefinitionIsRejectedWithEveryProblemAndNothingIsStored() {
        IntegrationDraft seed = Seed.draft("ftp://crm.example");
        IntegrationDraft broken = new IntegrationDraft(
                " ",
                "",
                seed.channelType(),
                seed.endpointUrl(),
                1,
                seed.direction(),
                seed.events(),
                seed.scope(),
                true,
                obj("request", obj("method", "FETCH")));

        SaveOutcome outcome = service.create(new CreateIntegrationCommand(broken, SecretsUpdate.KEEP));

        assertThat(((SaveOutcome.Invalid) outcome).problems())
                .extracting(ValidationProblem::pointer)
                .containsExactlyInAnyOrder("/name", "/endpointUrl", "/configuration/request/method");
        assertThat(repository.findAll()).isEmpty();
    }

    @Test
    void replacingKeepsSecretsThatWereNotSentAgain() {
        Integration created = ((SaveOutcome.Saved)
                        service.create(new CreateIntegrationCommand(Seed.draft("https://crm.example"), seedSecrets)))
                .integration();

        SaveOutcome replaced = service.replace(new ReplaceIntegrationCommand(
                created.id(),
                Seed.draft("https://crm2.example"),
                new SecretsUpdate(new Change.Keep<>(), new Change.Replace<>(Map.of("api-key", "k")))));

        Integration after = ((SaveOutcome.Saved) replaced).integration();
        assertThat(after.secrets().credentials()).contains(new BasicCredentials("cadbridge", "s3cret"));
        assertThat(after.secrets().authentications()).containsEntry("api-key", "k");
        assertThat(after.endpointUrl().source()).isEqualTo("https://crm2.example");
    }

    @Test
    void replacingAnUnknownIntegrationIsNotFound() {
        IntegrationId unknown = IntegrationId.random();

        assertThat(service.replace(
                        new ReplaceIntegrationCommand(unknown, Seed.draft("https://crm.example"), seedSecrets)))
                .isEqualTo(new SaveOutcome.NotFound(unknown));
    }

    @Test
    void aFixedQueueInSetMustExistInTheDirectoryWhenSaved() {
        IntegrationDraft seed = Seed.draft("https://crm.example");
        IntegrationDraft routing = new IntegrationDraft(
                "route",
                "",
                io.cadbridge.domain.integration.ChannelType.CHAT,
                seed.endpointUrl(),
                1,
                seed.direction(),
                seed.events(),
                seed.scope(),
                true,
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("set", obj("queue", obj("address", "vip@acme.com")))));

        SaveOutcome missing = service.create(new CreateIntegrationCommand(routing, SecretsUpdate.KEEP));
        world.directory.upsertQueues(java.util.List.of(new io.cadbridge.domain.directory.QueueEntry(
                "C9177D585DA5EE11B3ED58961D1810CC",
                io.cadbridge.domain.integration.ChannelType.CHAT,
                java.util.List.of("VIP@acme.com"),
                "VIP")));
        SaveOutcome present = service.create(new CreateIntegrationCommand(routing, SecretsUpdate.KEEP));

        assertThat(((SaveOutcome.Invalid) missing).problems())
                .extracting(ValidationProblem::pointer)
                .containsExactly("/configuration/response/set/queue/address");
        assertThat(present).isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void plainHttpNeedsTheOperatorsPermission() {
        SecretsUpdate secrets =
                new SecretsUpdate(new Change.Replace<>(new BasicCredentials("u", "p")), new Change.Keep<>());

        SaveOutcome refused = service.create(new CreateIntegrationCommand(Seed.draft("http://crm.example"), secrets));
        SaveOutcome allowed = world.manageIntegrations(new IntegrationPolicy(true))
                .create(new CreateIntegrationCommand(Seed.draft("http://crm.example"), secrets));

        assertThat(((SaveOutcome.Invalid) refused).problems())
                .extracting(ValidationProblem::pointer)
                .containsExactly("/endpointUrl");
        assertThat(allowed).isInstanceOf(SaveOutcome.Saved.class);
    }
}
