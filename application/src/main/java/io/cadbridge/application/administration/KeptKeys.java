package io.cadbridge.application.administration;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The keys channels include in statistics now: what history and reports can know of. */
final class KeptKeys {

    private KeptKeys() {}

    /** The channel's keys (every channel's without one), in settings order, each once. */
    static List<String> of(ExtraDataSettingsRepository settings, Optional<ChannelType> only) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        Arrays.stream(ChannelType.values())
                .filter(channel -> channel != ChannelType.MULTI_CHANNEL)
                .filter(channel -> only.map(channel::equals).orElse(true))
                .forEach(channel -> keys.addAll(settings.find(channel)
                        .orElseGet(() -> ExtraDataSettings.defaults(channel))
                        .includedInStatistics()));
        return List.copyOf(keys);
    }
}
