package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.port.out.contract.IntegrationSamples;
import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.Secrets;
import java.util.Map;
import java.util.Optional;
import org.jooq.JSON;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL repository adds to the contract: its compile cache and the row version behind it. */
class JooqIntegrationRepositoryTest {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    private JooqIntegrationRepository repository;
    /** Another service instance on the same database. */
    private JooqIntegrationRepository otherInstance;

    @BeforeEach
    void emptyDatabase() {
        DATABASE.clear();
        repository = new JooqIntegrationRepository(DATABASE.dsl(), PostgresSchema.secrets());
        otherInstance = new JooqIntegrationRepository(DATABASE.dsl(), PostgresSchema.secrets());
    }

    @Test
    void aCompiledIntegrationIsReusedWhileItsVersionIsUnchanged() {
        otherInstance.save(IntegrationSamples.named("CRM lookup", 1));

        Integration first = repository.findAll().getFirst();

        assertThat(repository.findAll().getFirst()).isSameAs(first);
        assertThat(repository.findById(first.id()).orElseThrow()).isSameAs(first);
    }

    @Test
    void theSavedInstanceIsServedWithoutCompilingItAgain() {
        Integration saved = IntegrationSamples.named("CRM lookup", 1);

        repository.save(saved);

        assertThat(repository.findById(saved.id()).orElseThrow()).isSameAs(saved);
    }

    @Test
    void anIntegrationSavedByAnotherInstanceIsCompiledAgain() {
        Integration original = IntegrationSamples.named("CRM lookup", 1);
        repository.save(original);
        Integration changed = IntegrationSamples.compile(
                original.id(),
                "CRM lookup",
                1,
                IntegrationSamples.configuration("{contact.guid}"),
                IntegrationSamples.SECRETS);

        otherInstance.save(changed);

        assertThat(repository.findAll()).containsExactly(changed);
        assertThat(repository.findById(original.id())).contains(changed);
    }

    @Test
    void anIntegrationDeletedAndSavedAgainElsewhereUnderTheSameIdIsNotServedFromTheCache() {
        Integration original = IntegrationSamples.named("CRM lookup", 1);
        repository.save(original);
        Integration recreated = IntegrationSamples.compile(
                original.id(),
                "recreated",
                2,
                IntegrationSamples.configuration("{contact.guid}"),
                new Secrets(Optional.of(new BasicCredentials("new-user", "new-password")), Map.of("tenant", "t2")));

        otherInstance.delete(original.id());
        otherInstance.save(recreated);

        assertThat(repository.findById(original.id())).contains(recreated);
    }

    @Test
    void eachSaveTakesAHigherVersion() {
        Integration integration = IntegrationSamples.named("CRM lookup", 1);
        repository.save(integration);
        long first = version(integration);

        repository.save(integration);

        assertThat(version(integration)).isGreaterThan(first);
    }

    @Test
    void anIntegrationDeletedByAnotherInstanceDisappearsFromTheList() {
        Integration kept = IntegrationSamples.named("kept", 1);
        Integration deleted = IntegrationSamples.named("deleted", 1);
        repository.save(kept);
        repository.save(deleted);
        repository.findAll();

        otherInstance.delete(deleted.id());

        assertThat(repository.findAll()).containsExactly(kept);
        assertThat(repository.findById(deleted.id())).isEmpty();
    }

    @Test
    void aStoredIntegrationThatNoLongerCompilesFailsNamingIt() {
        Integration integration = IntegrationSamples.named("CRM lookup", 1);
        repository.save(integration);
        DATABASE.dsl()
                .update(INTEGRATION)
                .set(INTEGRATION.CONFIGURATION, JSON.valueOf("{\"request\": {}}"))
                .execute();

        assertThatThrownBy(() -> otherInstance.findById(integration.id()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(integration.id().toString())
                .hasMessageContaining("/configuration/request/method");
    }

    @Test
    void aStoredIntegrationThatNoLongerCompilesIsLeftOutOfTheListSoTheOthersStillRun() {
        Integration broken = IntegrationSamples.named("broken", 1);
        Integration healthy = IntegrationSamples.named("healthy", 2);
        repository.save(broken);
        repository.save(healthy);
        DATABASE.dsl()
                .update(INTEGRATION)
                .set(INTEGRATION.CONFIGURATION, JSON.valueOf("{\"request\": {}}"))
                .where(INTEGRATION.ID.eq(broken.id().value()))
                .execute();

        assertThat(otherInstance.findAll()).containsExactly(healthy);
    }

    private static long version(Integration integration) {
        return DATABASE.dsl()
                .select(INTEGRATION.VERSION)
                .from(INTEGRATION)
                .where(INTEGRATION.ID.eq(integration.id().value()))
                .fetchSingle(INTEGRATION.VERSION);
    }
}
