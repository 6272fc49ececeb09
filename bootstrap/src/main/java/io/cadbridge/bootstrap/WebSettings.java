package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.events.PageSettings;
import java.time.Duration;

/**
 * The agent view's settings: how long an agent link opens its conversation
 * ({@code CADBRIDGE_AGENT_LINK_TTL}, 12 hours) and which origins may frame the pages
 * ({@code CADBRIDGE_FRAME_ANCESTORS}, only cadbridge itself).
 */
public record WebSettings(Duration agentLinkLifetime, PageSettings pages) {

    static final WebSettings DEFAULT = new WebSettings(Duration.ofHours(12), PageSettings.DEFAULT);

    public WebSettings {
        requireNonNull(agentLinkLifetime, "agentLinkLifetime is null");
        requireNonNull(pages, "pages is null");
    }

    static WebSettings fromEnvironment(EnvironmentReader env) {
        Duration lifetime = env.positiveDuration("CADBRIDGE_AGENT_LINK_TTL", DEFAULT.agentLinkLifetime());
        PageSettings pages = env.text("CADBRIDGE_FRAME_ANCESTORS")
                .map(text -> {
                    try {
                        return PageSettings.parse(text);
                    } catch (IllegalArgumentException e) {
                        throw new SettingsException("CADBRIDGE_FRAME_ANCESTORS: " + e.getMessage());
                    }
                })
                .orElse(PageSettings.DEFAULT);
        return new WebSettings(lifetime, pages);
    }
}
