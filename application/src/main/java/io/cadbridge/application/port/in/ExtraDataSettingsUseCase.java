package io.cadbridge.application.port.in;

import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;

/** Administrators choose per channel which attached data is shown and which is saved for statistics. */
public interface ExtraDataSettingsUseCase {

    void configure(ExtraDataSettings settings);

    /** The channel's settings; nothing included when never configured. */
    ExtraDataSettings settingsFor(ChannelType channel);
}
