package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;

/** {@code /v1/channels/{channelType}/extra-data-settings}: which attached data a channel shows and keeps. */
final class ExtraDataSettingsRoutes implements ApiRoutes {

    private static final String PATH = "/v1/channels/{channelType}/extra-data-settings";

    private final ExtraDataSettingsUseCase settings;
    private final JsonBodies json;
    private final ExtraDataSettingsReader reader = new ExtraDataSettingsReader();
    private final ExtraDataSettingsWriter writer = new ExtraDataSettingsWriter();

    @Inject
    ExtraDataSettingsRoutes(ExtraDataSettingsUseCase settings, JsonBodies json) {
        this.settings = requireNonNull(settings, "settings is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                PATH,
                ctx -> json.write(ctx, 200, writer.write(settings.settingsFor(PathParameters.channel(ctx)))),
                Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.put(PATH, this::replace, Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void replace(Context ctx) {
        ChannelType channel = PathParameters.channel(ctx);
        ExtraDataSettings replacement = reader.read(channel, json.read(ctx));
        settings.configure(replacement);
        json.write(ctx, 200, writer.write(settings.settingsFor(channel)));
    }
}
