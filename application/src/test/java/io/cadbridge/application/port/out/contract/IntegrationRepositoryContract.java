package io.cadbridge.application.port.out.contract;

import static io.cadbridge.application.port.out.contract.IntegrationSamples.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IntegrationRepository} does; run against the in-memory fake and the real adapter. */
public abstract class IntegrationRepositoryContract {

    protected IntegrationRepository repository;

    /** @return a repository with no integrations in it */
    protected abstract IntegrationRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        repository = emptyRepository();
    }

    @Test
    void findsASavedIntegrationWithItsSecretsAndConfiguration() {
        Integration saved = IntegrationSamples.named("CRM lookup", 1);

        repository.save(saved);

        Integration found = repository.findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.secrets()).isEqualTo(SECRETS);
        assertThat(found.configuration().source())
                .isEqualTo(saved.configuration().source());
    }

    @Test
    void keepsTheMemberOrderOfTheConfigurationDocument() {
        Integration saved = IntegrationSamples.named("CRM lookup", 1);
        repository.save(saved);

        JsonObject source =
                repository.findById(saved.id()).orElseThrow().configuration().source();

        assertThat(source.toJson()).isEqualTo(saved.configuration().source().toJson());
    }

    @Test
    void reloadedIntegrationRendersTheSameRequest() {
        Integration saved = IntegrationSamples.named("CRM lookup", 1);
        ConversationEvent event = ConversationSamples.event("event-1", "conversation-1");
        repository.save(saved);

        Integration found = repository.findById(saved.id()).orElseThrow();

        assertThat(found.renderRequest(event)).isEqualTo(saved.renderRequest(event));
        assertThat(found.renderRequest(event).credentials()).contains(new BasicCredentials("crm-user", "s3cret"));
        assertThat(found.renderRequest(event).headers()).containsEntry("X-Tenant", "acme-tenant-key");
    }

    @Test
    void findByIdIsEmptyForAnUnknownId() {
        repository.save(IntegrationSamples.named("CRM lookup", 1));

        assertThat(repository.findById(IntegrationId.random())).isEmpty();
    }

    @Test
    void savingUnderTheSameIdReplacesTheIntegrationAndItsSecrets() {
        Integration first = IntegrationSamples.named("CRM lookup", 1);
        repository.save(first);
        Integration replacement = IntegrationSamples.compile(
                first.id(),
                "CRM lookup v2",
                4,
                IntegrationSamples.configuration("{contact.guid}"),
                new Secrets(Optional.of(new BasicCredentials("other-user", "other-password")), Map.of("tenant", "t2")));

        repository.save(replacement);

        assertThat(repository.findById(first.id())).contains(replacement);
        assertThat(repository.findAll()).containsExactly(replacement);
    }

    @Test
    void deleteRemovesTheIntegrationAndSaysWhetherThereWasOne() {
        Integration kept = IntegrationSamples.named("kept", 1);
        Integration deleted = IntegrationSamples.named("deleted", 2);
        repository.save(kept);
        repository.save(deleted);

        assertThat(repository.delete(deleted.id())).isTrue();
        assertThat(repository.delete(deleted.id())).isFalse();
        assertThat(repository.findById(deleted.id())).isEmpty();
        assertThat(repository.findAll()).containsExactly(kept);
    }

    @Test
    void findAllOrdersByOrdinalThenName() {
        Integration second = IntegrationSamples.named("b second", 1);
        Integration last = IntegrationSamples.named("a last", 2);
        Integration first = IntegrationSamples.named("a first", 1);
        Integration upperCaseFirst = IntegrationSamples.named("Z upper case sorts before lower case", 1);
        List.of(second, last, first, upperCaseFirst).forEach(repository::save);

        assertThat(repository.findAll()).containsExactly(upperCaseFirst, first, second, last);
    }

    @Test
    void findAllIsEmptyWhenNothingIsSaved() {
        assertThat(repository.findAll()).isEmpty();
    }
}
