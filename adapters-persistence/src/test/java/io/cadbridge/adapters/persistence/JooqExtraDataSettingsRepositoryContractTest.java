package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.contract.ExtraDataSettingsRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqExtraDataSettingsRepositoryContractTest extends ExtraDataSettingsRepositoryContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected ExtraDataSettingsRepository emptyRepository() {
        DATABASE.clear();
        return new JooqExtraDataSettingsRepository(DATABASE.dsl());
    }
}
