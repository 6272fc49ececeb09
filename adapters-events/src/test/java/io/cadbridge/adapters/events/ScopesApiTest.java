package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.domain.access.Scope;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Least privilege: every route needs one scope (or none, when open), and a token outside it gets a 403 naming it. */
class ScopesApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    /**
     * What each route needs. A new route fails {@link #everyRouteNeedsTheScopeListedHere} until it is
     * added here: its scope is a decision, not a default.
     */
    private static final Map<String, String> NEEDED = new TreeMap<>(Map.ofEntries(
            Map.entry("GET /v1/health", "open"),
            Map.entry("GET /v1/health/live", "open"),
            Map.entry("GET /v1/health/ready", "open"),
            Map.entry("GET /metrics", "metrics:read"),
            Map.entry("GET /assets/{file}", "open"),
            Map.entry("POST /v1/agent-links", "agent:read"),
            Map.entry("GET /agent/conversations/{contactId}", "agent link"),
            Map.entry("GET /agent/conversations/{contactId}/stream", "agent link"),
            Map.entry("GET /console/sign-in", "open"),
            Map.entry("POST /console/sign-in", "open"),
            Map.entry("POST /console/sign-out", "console"),
            Map.entry("GET /console", "console"),
            Map.entry("GET /console/dashboard", "console"),
            Map.entry("GET /console/history", "console"),
            Map.entry("GET /console/settings", "console"),
            Map.entry("GET /console/settings/{kind}/{name}", "console"),
            Map.entry("POST /console/settings/{kind}/{name}", "console"),
            Map.entry("GET /console/history/{id}", "console"),
            Map.entry("GET /console/reports/contact-log", "console"),
            Map.entry("GET /console/integrations/new", "console"),
            Map.entry("POST /console/integrations", "console"),
            Map.entry("GET /console/integrations/{id}", "console"),
            Map.entry("POST /console/integrations/{id}", "console"),
            Map.entry("POST /console/integrations/{id}/enabled", "console"),
            Map.entry("POST /console/integrations/{id}/delete", "console"),
            Map.entry("POST /console/integrations/{id}/test", "console"),
            Map.entry("GET /console/integrations/{id}/runs", "console"),
            Map.entry("POST /console/runs/{runId}/retry", "console"),
            Map.entry("GET /v1/channels/{channelType}/display-profile", "integrations:write"),
            Map.entry("PUT /v1/channels/{channelType}/display-profile", "integrations:write"),
            Map.entry("GET /v1/queues/{queueId}/display-profile", "integrations:write"),
            Map.entry("PUT /v1/queues/{queueId}/display-profile", "integrations:write"),
            Map.entry("GET /v1/audit", "admin"),
            Map.entry("GET /v1/vendors", "integrations:write"),
            Map.entry("GET /v1/ingestion/rejected", "integrations:write"),
            Map.entry("GET /v1/schemas/integration.json", "open"),
            Map.entry("GET /v1/openapi.json", "open"),
            Map.entry("POST /v1/events", "events:write"),
            Map.entry("GET /v1/conversations/{contactId}/attached-data", "agent:read"),
            Map.entry("GET /v1/conversations/{id}/contact-data", "reports:read"),
            Map.entry("POST /v1/conversations/{id}/contact-data", "events:write"),
            Map.entry("GET /v1/history/conversations", "reports:read"),
            Map.entry("GET /v1/history/conversations/{id}", "reports:read"),
            Map.entry("GET /v1/reports/contact-log", "reports:read"),
            Map.entry("GET /v1/reports/extra-data/daily", "reports:read"),
            Map.entry("POST /v1/integrations", "integrations:write"),
            Map.entry("GET /v1/integrations", "integrations:write"),
            Map.entry("GET /v1/integrations/{id}", "integrations:write"),
            Map.entry("PUT /v1/integrations/{id}", "integrations:write"),
            Map.entry("DELETE /v1/integrations/{id}", "integrations:write"),
            Map.entry("POST /v1/integrations/test", "integrations:write"),
            Map.entry("POST /v1/integrations/{id}/test", "integrations:write"),
            Map.entry("GET /v1/integrations/{id}/runs", "integrations:write"),
            Map.entry("GET /v1/integrations/{id}/circuit-breaker", "integrations:write"),
            Map.entry("GET /v1/runs", "integrations:write"),
            Map.entry("POST /v1/runs/{id}/retry", "integrations:write"),
            Map.entry("GET /v1/channels/{channelType}/extra-data-settings", "integrations:write"),
            Map.entry("PUT /v1/channels/{channelType}/extra-data-settings", "integrations:write"),
            Map.entry("GET /v1/directory/queues", "integrations:write"),
            Map.entry("PUT /v1/directory/queues", "integrations:write"),
            Map.entry("GET /v1/directory/agents", "integrations:write"),
            Map.entry("PUT /v1/directory/agents", "integrations:write"),
            Map.entry("DELETE /v1/conversations/{id}", "admin"),
            Map.entry("POST /v1/erasures", "admin"),
            Map.entry("POST /v1/tokens", "admin"),
            Map.entry("GET /v1/tokens", "admin"),
            Map.entry("DELETE /v1/tokens/{id}", "admin"),
            Map.entry("POST /v1/tokens/{id}/signing-secrets", "admin"),
            Map.entry("DELETE /v1/tokens/{id}/signing-secrets/previous", "admin"),
            Map.entry("DELETE /v1/tokens/{id}/signing-secrets", "admin")));

    @Test
    void everyRouteNeedsTheScopeListedHere() {
        Map<String, String> declared = new TreeMap<>();
        api.declaredAccess()
                .forEach((route, access) -> declared.put(
                        route,
                        switch (access) {
                            case Access.Needs needs -> needs.scope().wireName();
                            case Access.Open open -> "open";
                            case Access.AgentLink link -> "agent link";
                            case Access.Console console -> "console";
                        }));

        assertThat(declared).isEqualTo(NEEDED);
    }

    @Test
    void aServerWithARouteThatDeclaresNoAccessDoesNotStart() {
        ApiServer server = new ApiServer(
                Set.of(routes -> routes.get("/v1/forgotten", ctx -> ctx.result("secret"))),
                new JsonBodies(ApiJson.newMapper()),
                new InMemoryWorld(Clock.systemUTC()).tokens(RunningApi.TOKEN),
                new SimpleMeterRegistry());

        assertThatThrownBy(() -> server.start(0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /v1/forgotten");
    }

    @Test
    void aTokenReachesTheRoutesOfItsScopeAndIsTold403ForTheOthersNamingTheScope() {
        String events = api.token("contact-pro", "events:write");

        ApiResponse event = api.as(events, "POST", "/v1/events", Examples.receivedEvent("scoped-1"));
        ApiResponse integrations = api.as(events, "GET", "/v1/integrations", null);

        assertThat(event.status()).isIn(200, 202);
        assertThat(integrations.status()).isEqualTo(403);
        assertThat(integrations.errorCode()).isEqualTo("forbidden");
        assertThat(integrations.json().at("/error/message").asText())
                .isEqualTo("GET /v1/integrations needs the scope 'integrations:write', which the token 'contact-pro'"
                        + " does not have");
        assertThat(api.as(events, "GET", "/v1/tokens", null).status()).isEqualTo(403);
        assertThat(api.as(events, "GET", "/v1/health", null).status()).isEqualTo(200);
    }

    @Test
    void eachScopeOpensItsOwnRoutesOnly() {
        String reports = api.token("reporting", "reports:read");
        String agent = api.token("agent desktop", "agent:read");
        String config = api.token("ops", "integrations:write", "metrics:read");

        assertThat(api.as(reports, "GET", "/v1/history/conversations?key=customerId&value=x", null)
                        .status())
                .isNotIn(401, 403);
        assertThat(api.as(reports, "GET", "/v1/conversations/c-1/attached-data", null)
                        .status())
                .isEqualTo(403);
        assertThat(api.as(agent, "GET", "/v1/conversations/c-1/attached-data", null)
                        .status())
                .isNotIn(401, 403);
        assertThat(api.as(agent, "POST", "/v1/erasures", "{\"contactSource\": \"+358401234567\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.as(config, "GET", "/v1/integrations", null).status()).isEqualTo(200);
        assertThat(api.as(config, "POST", "/v1/events", Examples.receivedEvent("scoped-2"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretAndRevoked() {
        ApiResponse created = api.post(
                "/v1/tokens",
                "{\"name\": \"contact-pro\", \"scopes\": [\"events:write\"], \"expiresAt\": \"2099-01-01T00:00:00Z\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonNode token = created.json();
        String secret = token.get("token").asText();
        String id = token.get("id").asText();
        assertThat(secret).startsWith("cbt_");
        assertThat(created.header("Location")).isEqualTo("/v1/tokens/" + id);
        assertThat(token.get("scopes").toString()).isEqualTo("[\"events:write\"]");
        assertThat(token.get("expiresAt").asText()).isEqualTo("2099-01-01T00:00:00Z");

        ApiResponse list = api.get("/v1/tokens");
        assertThat(list.body()).doesNotContain(secret).contains("contact-pro");
        assertThat(list.json().at("/tokens/0/lastUsedAt").isNull()).isTrue();
        api.as(secret, "GET", "/v1/health", null);
        api.as(secret, "POST", "/v1/events", Examples.receivedEvent("scoped-3"));
        assertThat(api.get("/v1/tokens").json().at("/tokens/0/lastUsedAt").asText())
                .isNotEmpty();

        assertThat(api.delete("/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(api.delete("/v1/tokens/" + id).status()).isEqualTo(404);
        ApiResponse revoked = api.as(secret, "POST", "/v1/events", Examples.receivedEvent("scoped-4"));
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(api.delete("/v1/tokens/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void aBadTokenRequestIsRefusedWithAPointerToEachProblem() {
        ApiResponse response = api.post(
                "/v1/tokens",
                "{\"name\": \"\", \"scopes\": [\"events:write\", \"everything\"], \"expiresAt\": \"2020-01-01T00:00:00Z\","
                        + " \"scope\": 1}");

        assertThat(response.status()).isEqualTo(400);
        List<String> pointers = new ArrayList<>();
        response.json()
                .at("/error/details")
                .forEach(detail -> pointers.add(detail.get("pointer").asText()));
        assertThat(pointers).containsExactlyInAnyOrder("/name", "/scopes/1", "/expiresAt", "/scope");
        assertThat(response.body()).contains("unknown scope \\\"everything\\\"").contains("must be in the future");
        assertThat(api.post("/v1/tokens", "{\"name\": \"x\"}")
                        .json()
                        .at("/error/details/0/pointer")
                        .asText())
                .isEqualTo("/scopes");
        assertThat(api.get("/v1/tokens").json().get("tokens")).isEmpty();
    }

    @Test
    void anExpiryAfterNowIsAccepted() {
        assertThat(api.post(
                                "/v1/tokens",
                                "{\"name\": \"soon\", \"scopes\": [\"metrics:read\"], \"expiresAt\": \""
                                        + Instant.now().plusSeconds(60) + "\"}")
                        .status())
                .isEqualTo(201);
    }

    static {
        assertThat(Scope.values()).hasSize(6);
    }
}
