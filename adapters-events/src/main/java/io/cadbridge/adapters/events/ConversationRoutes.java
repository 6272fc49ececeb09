package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ReadAttachedDataUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.conversation.ConversationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;

/** {@code GET /v1/conversations/{contactId}/attached-data}: what the integrations attached to a conversation. */
final class ConversationRoutes implements ApiRoutes {

    private final ReadAttachedDataUseCase attachedData;
    private final JsonBodies json;
    private final ConversationWriter writer = new ConversationWriter();

    @Inject
    ConversationRoutes(ReadAttachedDataUseCase attachedData, JsonBodies json) {
        this.attachedData = requireNonNull(attachedData, "attachedData is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/conversations/{contactId}/attached-data", this::read, Access.needs(Scope.AGENT_READ));
    }

    private void read(Context ctx) {
        ConversationId id = PathParameters.conversationId(ctx);
        json.write(ctx, 200, writer.write(attachedData.read(id).orElseThrow(() -> PathParameters.noConversation(id))));
    }
}
