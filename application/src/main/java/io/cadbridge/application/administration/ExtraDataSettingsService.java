package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;

public final class ExtraDataSettingsService implements ExtraDataSettingsUseCase {

    private final ExtraDataSettingsRepository repository;

    public ExtraDataSettingsService(ExtraDataSettingsRepository repository) {
        this.repository = requireNonNull(repository, "repository is null");
    }

    @Override
    public void configure(ExtraDataSettings settings) {
        repository.save(settings);
    }

    @Override
    public ExtraDataSettings settingsFor(ChannelType channel) {
        return repository.find(channel).orElseGet(() -> ExtraDataSettings.defaults(channel));
    }
}
