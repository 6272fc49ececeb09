package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.contract.ExtraDataSettingsRepositoryContract;

class InMemoryExtraDataSettingsRepositoryTest extends ExtraDataSettingsRepositoryContract {

    @Override
    protected ExtraDataSettingsRepository emptyRepository() {
        return new InMemoryExtraDataSettingsRepository();
    }
}
