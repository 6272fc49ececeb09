package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.DisplayProfileRepository;
import io.cadbridge.application.port.out.contract.DisplayProfileRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqDisplayProfileRepositoryContractTest extends DisplayProfileRepositoryContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected DisplayProfileRepository emptyRepository() {
        DATABASE.clear();
        return new JooqDisplayProfileRepository(DATABASE.dsl());
    }
}
