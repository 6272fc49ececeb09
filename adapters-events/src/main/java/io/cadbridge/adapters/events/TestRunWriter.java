package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.TestRunOutcome;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.exchange.ProxySetting;
import io.cadbridge.domain.exchange.RequestAuthentication;
import io.cadbridge.domain.routing.SetResult;
import io.cadbridge.domain.run.RunTrace;
import io.cadbridge.json.JsonValue;
import io.cadbridge.support.jackson.JsonValues;

/** The trace of a test run: trigger, request as sent (secrets masked), answer (capped), save and set. */
final class TestRunWriter {

    /** Bodies above this are cut in the trace, and the trace says so. */
    static final int MAX_BODY_CHARACTERS = 64 * 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode write(TestRunOutcome.Traced traced) {
        SecretMask mask = new SecretMask(traced.integration().secrets());
        ObjectNode node = NODES.objectNode();
        node.putObject("integration")
                .put("id", traced.integration().id().toString())
                .put("name", traced.integration().name());
        node.putObject("trigger")
                .put("matched", traced.trigger().triggered())
                .put("reason", traced.trigger().reason());
        traced.run()
                .ifPresentOrElse(
                        run -> {
                            node.put("status", run.status().wireName()).put("reason", run.reason());
                            node.put("durationMs", run.duration().toNanos() / 1_000_000.0);
                        },
                        () -> node.put("status", "not_triggered")
                                .put("reason", traced.trigger().reason()));
        RunTrace trace = traced.trace();
        trace.condition().ifPresent(condition -> node.put("condition", condition));
        trace.request().ifPresent(request -> node.set("request", request(request, mask)));
        trace.response().ifPresent(response -> node.set("response", response(response)));
        if (traced.run().isPresent()) {
            node.set("saved", JsonValues.toNode(trace.saved()));
            ArrayNode set = node.putArray("set");
            trace.set().forEach(result -> set.add(setResult(result)));
        }
        return node;
    }

    private static ObjectNode request(OutboundRequest request, SecretMask mask) {
        ObjectNode node =
                NODES.objectNode().put("method", request.method().name()).put("url", mask.text(request.url()));
        ObjectNode query = node.putObject("queryParameters");
        mask.texts(request.queryParameters()).forEach(query::put);
        ObjectNode headers = node.putObject("headers");
        mask.texts(request.headers()).forEach(headers::put);
        node.put(
                "authentication",
                switch (request.authentication()) {
                    case RequestAuthentication.None none -> "none";
                    case RequestAuthentication.Basic basic ->
                        "basic, user " + basic.credentials().username() + ", password " + SecretMask.MASK;
                    case RequestAuthentication.OAuth oauth ->
                        "oauth client credentials, client " + oauth.client().clientId() + " at "
                                + oauth.client().accessTokenUrl();
                });
        request.body().ifPresent(body -> node.set("body", JsonValues.toNode(mask.json(body))));
        return node.put("timeoutSeconds", request.timeout().toMillis() / 1000.0)
                .put("proxy", proxy(request.proxy()))
                .put("verifyTls", request.verifyTls());
    }

    /** As the configuration writes it: {@code auto}, {@code no} or {@code host:port}. */
    private static String proxy(ProxySetting proxy) {
        return switch (proxy) {
            case ProxySetting.Auto auto -> "auto";
            case ProxySetting.Direct direct -> "no";
            case ProxySetting.Address address -> address.host() + ":" + address.port();
        };
    }

    private static ObjectNode response(CrmResponse response) {
        ObjectNode node = NODES.objectNode().put("status", response.status());
        ObjectNode headers = node.putObject("headers");
        response.headers().forEach(headers::put);
        String text = response.json().map(JsonValue::toJson).orElse(response.text());
        boolean truncated = text.length() > MAX_BODY_CHARACTERS;
        if (response.json().isPresent() && !truncated) {
            node.set("body", JsonValues.toNode(response.json().get()));
        } else {
            node.put("text", truncated ? text.substring(0, MAX_BODY_CHARACTERS) : text);
        }
        return node.put("bodyTruncated", truncated)
                .put("durationMs", response.duration().toNanos() / 1_000_000.0);
    }

    private static ObjectNode setResult(SetResult result) {
        ObjectNode node = NODES.objectNode().put("operation", result.operation().wireName());
        switch (result) {
            case SetResult.Applied applied -> node.set("applied", RoutingWriter.value(applied.value()));
            case SetResult.Rejected rejected -> node.put("skipped", rejected.reason());
        }
        return node;
    }
}
