package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryExtraDataSettingsRepository implements ExtraDataSettingsRepository {

    private final Map<ChannelType, ExtraDataSettings> settings = new ConcurrentHashMap<>();

    @Override
    public Optional<ExtraDataSettings> find(ChannelType channel) {
        return Optional.ofNullable(settings.get(channel));
    }

    @Override
    public void save(ExtraDataSettings channelSettings) {
        settings.put(channelSettings.channel(), channelSettings);
    }
}
