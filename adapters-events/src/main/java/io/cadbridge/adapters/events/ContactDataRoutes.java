package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ContactDataUseCase;
import io.cadbridge.application.port.in.ContactDataUseCase.UpdateOutcome;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonObject;
import io.cadbridge.support.jackson.JsonValues;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Contact Pro's CMI {@code /contactData}: {@code GET /v1/conversations/{id}/contact-data} answers the
 * values the conversation keeps for statistics; {@code POST} with {@code {"key": value, …}} updates
 * them once the conversation has ended ({@code 409} before), recorded as given by the token's name.
 */
final class ContactDataRoutes implements ApiRoutes {

    private final ContactDataUseCase contactData;
    private final JsonBodies json;

    @Inject
    ContactDataRoutes(ContactDataUseCase contactData, JsonBodies json) {
        this.contactData = requireNonNull(contactData, "contactData is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v1/conversations/{id}/contact-data", this::read, Access.needs(Scope.REPORTS_READ));
        routes.post("/v1/conversations/{id}/contact-data", this::update, Access.needs(Scope.EVENTS_WRITE));
    }

    private void read(Context ctx) {
        ConversationId id = PathParameters.conversationId(ctx, "id");
        JsonObject data = contactData.contactData(id).orElseThrow(() -> notFound(id));
        json.write(ctx, 200, body(id, data));
    }

    private void update(Context ctx) {
        ConversationId id = PathParameters.conversationId(ctx, "id");
        JsonNode body = json.read(ctx);
        if (!(JsonValues.fromNode(body) instanceof JsonObject values)) {
            throw new ValidationException(
                    List.of(new ValidationProblem("", "must be an object of kept keys and their values")));
        }
        switch (contactData.update(id, values, TokenCheck.caller(ctx).name())) {
            case UpdateOutcome.Updated updated -> json.write(ctx, 200, body(id, updated.contactData()));
            case UpdateOutcome.NotFound notFound -> throw notFound(id);
            case UpdateOutcome.NotEnded notEnded ->
                throw new ApiException(
                        ApiError.CONFLICT,
                        "conversation \"" + id.value()
                                + "\" has not ended; until it is Ended or Closed its integrations" + " save its data");
            case UpdateOutcome.Invalid invalid -> throw new ValidationException(invalid.problems());
        }
    }

    private static ObjectNode body(ConversationId id, JsonObject data) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("conversationId", id.value());
        node.set("contactData", JsonValues.toNode(data));
        return node;
    }

    private static ApiException notFound(ConversationId id) {
        return new ApiException(ApiError.NOT_FOUND, "no conversation \"" + id.value() + "\" is known");
    }
}
