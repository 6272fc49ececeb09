package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.contract.IntegrationRepositoryContract;

class InMemoryIntegrationRepositoryTest extends IntegrationRepositoryContract {

    @Override
    protected IntegrationRepository emptyRepository() {
        return new InMemoryIntegrationRepository();
    }
}
