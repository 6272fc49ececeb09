package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.cadbridge.adapters.events.PageSettings;
import io.cadbridge.application.agent.AgentViewService;
import io.cadbridge.application.agent.ConversationChanges;
import io.cadbridge.application.agent.DisplayProfileService;
import io.cadbridge.application.port.in.AgentViewUseCase;
import io.cadbridge.application.port.in.DisplayProfilesUseCase;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.DisplayProfileRepository;
import io.cadbridge.domain.access.AgentLinkToken;
import java.time.Clock;

/**
 * The agent's view: links signed with a key derived from the master key (so every process sharing the
 * database opens every other's links), the display profiles, and the changes the engine's commits
 * announce to open views.
 */
final class AgentViewModule extends AbstractModule {

    /** What the master key is stretched with for the links' key. */
    static final String LINK_KEY_PURPOSE = "cadbridge agent links v1";

    private final AgentLinkToken.Key linkKey;
    private final WebSettings settings;

    AgentViewModule(AgentLinkToken.Key linkKey, WebSettings settings) {
        this.linkKey = requireNonNull(linkKey, "linkKey is null");
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    protected void configure() {
        bind(PageSettings.class).toInstance(settings.pages());
        bind(ConversationChanges.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    AgentViewUseCase agentView(
            ConversationStore conversations,
            DisplayProfileRepository profiles,
            ConversationChanges changes,
            Clock clock) {
        return new AgentViewService(conversations, profiles, changes, linkKey, settings.agentLinkLifetime(), clock);
    }

    @Provides
    @Singleton
    DisplayProfilesUseCase displayProfiles(DisplayProfileRepository profiles) {
        return new DisplayProfileService(profiles);
    }
}
