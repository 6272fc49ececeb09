package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.contract.IntegrationRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqIntegrationRepositoryContractTest extends IntegrationRepositoryContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected IntegrationRepository emptyRepository() {
        DATABASE.clear();
        return new JooqIntegrationRepository(DATABASE.dsl(), PostgresSchema.secrets());
    }
}
