package io.cadbridge.domain.integration;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.template.PlaceholderScope;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/** Builds the placeholder roots for rendering a request and for handling its response. */
final class ExchangeScopes {

    private ExchangeScopes() {}

    static PlaceholderScope conversation(Integration integration, ConversationEvent event) {
        return new PlaceholderScope(conversationRoots(integration, event).build());
    }

    private static JsonObject.Builder conversationRoots(Integration integration, ConversationEvent event) {
        return JsonObject.builder()
                .put("contact", event.contact().toJson())
                .put("event", event.toJson())
                .put("config_id", integration.id().value().toString().toUpperCase(Locale.ROOT));
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
        return exchange(
                integration, event, requestJson, responseJson, debug(integration, requestJson, response, responseJson));
    }

    /**
     * The scope when no answer came (timeout, refused connection, TLS failure, a limit of this service):
     * {@code {response.status}} is null, {@code {response.duration}} the time until the call gave up,
     * the headers are empty, and {@code {debug}} carries the reason as {@code error}.
     */
    static PlaceholderScope noAnswer(
            Integration integration, ConversationEvent event, OutboundRequest request, String reason, Duration waited) {
        JsonObject requestJson = request.toJson();
        JsonObject responseJson = JsonObject.builder()
                .put("status", JsonNull.INSTANCE)
                .put("headers", JsonObject.EMPTY)
                .put("body", JsonNull.INSTANCE)
                .put("duration", seconds(waited))
                .build();
        JsonObject debug = metadata(integration, requestJson, responseJson)
                .put("error", new JsonString(reason))
                .build();
        return exchange(integration, event, requestJson, responseJson, debug);
    }

    private static PlaceholderScope exchange(
            Integration integration,
            ConversationEvent event,
            JsonObject requestJson,
            JsonObject responseJson,
            JsonObject debug) {
        return new PlaceholderScope(conversationRoots(integration, event)
                .put("request", requestJson)
                .put("url", requestJson.get("url").orElseThrow())
                .put("method", requestJson.get("method").orElseThrow())
                .put("query_params", requestJson.get("query_params").orElseThrow())
                .put("response", responseJson.with("debug", debug))
                .put("status", responseJson.get("status").orElseThrow())
                .put("duration", responseJson.get("duration").orElseThrow())
                .put("debug", debug)
                .build());
    }

    /** {@code {debug}}, {@code {response.debug}}, {@code *}: configuration id, request and response; a JSON body as body, any other as text. */
    private static JsonObject debug(
            Integration integration, JsonObject request, CrmResponse response, JsonObject responseJson) {
        JsonObject.Builder debug = metadata(integration, request, responseJson);
        if (response.json().isPresent()) {
            debug.put("body", response.json().get());
        } else {
            debug.put("text", response.text());
        }
        return debug.build();
    }

    private static JsonObject.Builder metadata(Integration integration, JsonObject request, JsonObject responseJson) {
        return JsonObject.builder()
                .put("config_id", integration.id().value().toString().toUpperCase(Locale.ROOT))
                .put("method", request.get("method").orElseThrow())
                .put("url", request.get("url").orElseThrow())
                .put("query_params", request.get("query_params").orElseThrow())
                .put("status", responseJson.get("status").orElseThrow())
                .put("duration", responseJson.get("duration").orElseThrow())
                .put("headers", responseJson.get("headers").orElseThrow());
    }

    /** Seconds as Contact Pro writes {@code {response.duration}}: a decimal number. */
    static JsonNumber seconds(Duration duration) {
        return new JsonNumber(BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros());
    }
}
