package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;

/** {@code /v1/channels/{channelType}/extra-data-settings}: which attached data a channel shows and keeps. */
final class ExtraDataSettingsRoutes implements ApiRoutes {

    private static final String PATH = "/v1/channels/{channelType}/extra-data-settings";

    private final ExtraDataSettingsUseCase settings;
    private final JsonBodies json;
    private final Audit audit;
    private final ExtraDataSettingsReader reader = new ExtraDataSettingsReader();
    private final ExtraDataSettingsWriter writer = new ExtraDataSettingsWriter();

    @Inject
    ExtraDataSettingsRoutes(ExtraDataSettingsUseCase settings, JsonBodies json, Audit audit) {
        this.audit = requireNonNull(audit, "audit is null");
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
        ObjectNode before = writer.write(settings.settingsFor(channel));
        settings.configure(replacement);
        ObjectNode after = writer.write(settings.settingsFor(channel));
        audit.record(
                ctx,
                "extra-data-settings.changed",
                new Target("channel", channel.wireName()),
                Optional.of(before),
                Optional.of(after));
        json.write(ctx, 200, after);
    }
}
