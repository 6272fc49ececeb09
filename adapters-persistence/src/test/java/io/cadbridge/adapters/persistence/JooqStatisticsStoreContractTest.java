package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.StatisticsStore;
import io.cadbridge.application.port.out.contract.StatisticsStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqStatisticsStoreContractTest extends StatisticsStoreContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected StatisticsStore emptyStore() {
        DATABASE.clear();
        return new JooqStatisticsStore(DATABASE.dsl());
    }
}
