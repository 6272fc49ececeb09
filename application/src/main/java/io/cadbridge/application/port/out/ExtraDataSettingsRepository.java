package io.cadbridge.application.port.out;

import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;
import java.util.Optional;

/** Each channel's Extra Data Settings. */
public interface ExtraDataSettingsRepository {

    Optional<ExtraDataSettings> find(ChannelType channel);

    void save(ExtraDataSettings settings);
}
