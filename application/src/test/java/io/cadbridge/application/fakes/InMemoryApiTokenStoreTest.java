package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ApiTokenStore;
import io.cadbridge.application.port.out.contract.ApiTokenStoreContract;

class InMemoryApiTokenStoreTest extends ApiTokenStoreContract {

    @Override
    protected ApiTokenStore emptyStore() {
        return new InMemoryApiTokenStore();
    }
}
