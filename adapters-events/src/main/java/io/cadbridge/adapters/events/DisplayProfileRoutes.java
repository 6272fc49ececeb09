package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.DisplayProfilesUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.display.DisplayProfile;
import io.cadbridge.domain.display.ProfileScope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code /v1/channels/{channelType}/display-profile} and {@code /v1/queues/{queueId}/display-profile}:
 * how the agent's view shows attached data — which keys, in which order, labelled how, as what. A
 * queue's profile wins over its channel's; without either the view shows every key as text.
 */
final class DisplayProfileRoutes implements ApiRoutes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DisplayProfilesUseCase profiles;
    private final JsonBodies json;
    private final Audit audit;
    private final DisplayProfileReader reader = new DisplayProfileReader();

    @Inject
    DisplayProfileRoutes(DisplayProfilesUseCase profiles, JsonBodies json, Audit audit) {
        this.profiles = requireNonNull(profiles, "profiles is null");
        this.json = requireNonNull(json, "json is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        String channel = "/v1/channels/{channelType}/display-profile";
        String queue = "/v1/queues/{queueId}/display-profile";
        routes.get(channel, ctx -> read(ctx, channelScope(ctx)), Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.put(channel, ctx -> replace(ctx, channelScope(ctx)), Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.get(queue, ctx -> read(ctx, queueScope(ctx)), Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.put(queue, ctx -> replace(ctx, queueScope(ctx)), Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void read(Context ctx, ProfileScope scope) {
        json.write(ctx, 200, write(profiles.profile(scope)));
    }

    private void replace(Context ctx, ProfileScope scope) {
        DisplayProfile replacement = reader.read(json.read(ctx));
        ObjectNode before = write(profiles.profile(scope));
        profiles.configure(scope, replacement);
        ObjectNode after = write(profiles.profile(scope));
        audit.record(
                ctx,
                "display-profile.changed",
                new Target("display-profile", scope.name()),
                Optional.of(before),
                Optional.of(after));
        json.write(ctx, 200, after);
    }

    static ObjectNode write(DisplayProfile profile) {
        ObjectNode body = NODES.objectNode();
        ArrayNode fields = body.putArray("fields");
        profile.fields().forEach(field -> {
            ObjectNode node = fields.addObject()
                    .put("key", field.key())
                    .put("type", field.type().wireName());
            ObjectNode labels = node.putObject("labels");
            new TreeMap<>(field.labels()).forEach(labels::put);
            field.linkTemplate().ifPresent(template -> node.put("linkTemplate", template));
        });
        return body;
    }

    private static ProfileScope channelScope(Context ctx) {
        return new ProfileScope.Channel(PathParameters.channel(ctx));
    }

    private static ProfileScope queueScope(Context ctx) {
        String text = ctx.pathParam("queueId");
        try {
            return new ProfileScope.Queue(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiError.INVALID_PATH_PARAMETER, "path parameter \"queueId\": " + e.getMessage());
        }
    }
}
