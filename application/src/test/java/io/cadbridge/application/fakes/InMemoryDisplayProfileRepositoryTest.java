package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.DisplayProfileRepository;
import io.cadbridge.application.port.out.contract.DisplayProfileRepositoryContract;

class InMemoryDisplayProfileRepositoryTest extends DisplayProfileRepositoryContract {

    @Override
    protected DisplayProfileRepository emptyRepository() {
        return new InMemoryDisplayProfileRepository();
    }
}
