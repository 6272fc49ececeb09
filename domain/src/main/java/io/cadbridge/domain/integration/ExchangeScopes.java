package io.cadbridge.domain.integration;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.template.PlaceholderScope;
import java.util.Locale;

/** Builds the placeholder roots for rendering a request and for handling its response. */
final class ExchangeScopes {

    private ExchangeScopes() {}

    static PlaceholderScope conversation(Integration integration, ConversationEvent event) {
        return new PlaceholderScope(JsonObject.builder()
                .put("contact", event.contact().toJson())
                .put("event", event.toJson())
                .put("config_id", integration.id().value().toString().toUpperCase(Locale.ROOT))
                .build());
    }

    static PlaceholderScope request(Integration integration, ConversationEvent event) {
        JsonObject.Builder authentications = JsonObject.builder();
        integration.secrets().authentications().forEach(authentications::put);
        return conversation(integration, event).with("authentications", authentications.build());
    }

    static PlaceholderScope response(
            Integration integration, ConversationEvent event, OutboundRequest request, CrmResponse response) {
        JsonObject requestJson = request.toJson();
        JsonObject responseJson = response.toJson();
        JsonObject debug = debug(integration, requestJson, response, responseJson);
        return conversation(integration, event)
                .with("request", requestJson)
                .with("url", requestJson.get("url").orElseThrow())
                .with("method", requestJson.get("method").orElseThrow())
                .with("query_params", requestJson.get("query_params").orElseThrow())
                .with("response", responseJson.with("debug", debug))
                .with("status", responseJson.get("status").orElseThrow())
                .with("duration", responseJson.get("duration").orElseThrow())
                .with("debug", debug);
    }

    /** {@code {debug}}, {@code {response.debug}}, {@code *}: configuration id, request and response; a JSON body as body, any other as text. */
    private static JsonObject debug(
            Integration integration, JsonObject request, CrmResponse response, JsonObject responseJson) {
        JsonObject.Builder debug = JsonObject.builder()
                .put("config_id", integration.id().value().toString().toUpperCase(Locale.ROOT))
                .put("method", request.get("method").orElseThrow())
                .put("url", request.get("url").orElseThrow())
                .put("query_params", request.get("query_params").orElseThrow())
                .put("status", responseJson.get("status").orElseThrow())
                .put("duration", responseJson.get("duration").orElseThrow())
                .put("headers", responseJson.get("headers").orElseThrow());
        if (response.json().isPresent()) {
            debug.put("body", response.json().get());
        } else {
            debug.put("text", response.text());
        }
        return debug.build();
    }
}
