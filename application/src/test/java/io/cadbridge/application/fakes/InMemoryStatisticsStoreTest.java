package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.application.port.out.contract.StatisticsStoreContract;

class InMemoryStatisticsStoreTest extends StatisticsStoreContract {

    @Override
    protected StatisticsStore emptyStore() {
        return new InMemoryStatisticsStore();
    }
}
