package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Guice;
import io.cadbridge.application.administration.CircuitBreakerService;
import io.cadbridge.application.administration.IntegrationPolicy;
import io.cadbridge.application.administration.ReadinessService;
import io.cadbridge.application.administration.TokenService;
import io.cadbridge.application.fakes.InMemoryRunLog;
import io.cadbridge.application.fakes.InMemoryWorkQueue;
import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.fakes.ScriptedCrmClient;
import io.cadbridge.application.port.in.AgentViewUseCase;
import io.cadbridge.application.port.in.AuditUseCase;
import io.cadbridge.application.port.in.AuthenticateUseCase;
import io.cadbridge.application.port.in.CheckReadinessUseCase;
import io.cadbridge.application.port.in.ContactDataUseCase;
import io.cadbridge.application.port.in.DisplayProfilesUseCase;
import io.cadbridge.application.port.in.EraseDataUseCase;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.ListVendorsUseCase;
import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ManageRunsUseCase;
import io.cadbridge.application.port.in.ManageTokensUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ReadAttachedDataUseCase;
import io.cadbridge.application.port.in.ReadCircuitBreakerUseCase;
import io.cadbridge.application.port.in.ReadHistoryUseCase;
import io.cadbridge.application.port.in.ReadRejectedRecordsUseCase;
import io.cadbridge.application.port.in.ReportsUseCase;
import io.cadbridge.application.port.in.TestIntegrationUseCase;
import io.cadbridge.domain.access.AgentLinkToken;
import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.IntegrationId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real API server on a free port, wired to the real application services over the in-memory
 * fakes, and an HTTP client that sends the bearer token unless told otherwise.
 */
final class RunningApi implements BeforeEachCallback, AfterEachCallback {

    static final String TOKEN = "test-token-7f3a9c";
    static final Instant NOW = Instant.parse("2024-01-02T03:04:05Z");
    static final AgentLinkToken.Key LINK_KEY = new AgentLinkToken.Key(new byte[32]);

    private final InMemoryWorld world =
            new InMemoryWorld(Clock.fixed(NOW, ZoneOffset.UTC)).runBackgroundWorkImmediately();
    private final HttpClient http = HttpClient.newHttpClient();
    private ReadAttachedDataUseCase attachedData = world.attachedData();
    private ProcessEventUseCase events = world.processEvent();
    private final Map<IntegrationId, CircuitView> circuits = new ConcurrentHashMap<>();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private ApiServer server;
    private URI base;

    /** Replaces the attached-data use case, e.g. with one that fails, before the server starts. */
    RunningApi withAttachedData(ReadAttachedDataUseCase replacement) {
        this.attachedData = replacement;
        return this;
    }

    /** Replaces the event use case, e.g. with one whose database is down, before the server starts. */
    RunningApi withEvents(ProcessEventUseCase replacement) {
        this.events = replacement;
        return this;
    }

    private volatile boolean databaseAnswers = true;

    @Override
    public void beforeEach(ExtensionContext context) {
        // Through the module, as production builds it: every contributed route is served.
        server = Guice.createInjector(new EventsApiModule(), binder -> {
                    binder.bind(ProcessEventUseCase.class).toInstance(events);
                    binder.bind(ManageIntegrationsUseCase.class)
                            .toInstance(world.manageIntegrations(IntegrationPolicy.HTTPS_ONLY));
                    binder.bind(ListVendorsUseCase.class).toInstance(List::of);
                    binder.bind(ExtraDataSettingsUseCase.class).toInstance(world.extraDataSettings());
                    binder.bind(ReadAttachedDataUseCase.class).toInstance(attachedData);
                    binder.bind(TestIntegrationUseCase.class)
                            .toInstance(world.testIntegrations(IntegrationPolicy.HTTPS_ONLY));
                    binder.bind(ManageRunsUseCase.class).toInstance(world.runLogQueries());
                    binder.bind(ManageDirectoryUseCase.class).toInstance(world.manageDirectory());
                    binder.bind(ReadHistoryUseCase.class).toInstance(world.history());
                    binder.bind(ReportsUseCase.class).toInstance(world.reports());
                    binder.bind(EraseDataUseCase.class).toInstance(world.erasures());
                    binder.bind(ContactDataUseCase.class).toInstance(world.contactData());
                    binder.bind(ReadCircuitBreakerUseCase.class)
                            .toInstance(new CircuitBreakerService(
                                    world.integrations, id -> Optional.ofNullable(circuits.get(id))));
                    TokenService tokens = world.tokens(TOKEN);
                    binder.bind(AuthenticateUseCase.class).toInstance(tokens);
                    binder.bind(ManageTokensUseCase.class).toInstance(tokens);
                    binder.bind(AuditUseCase.class).toInstance(world.audit());
                    binder.bind(ReadRejectedRecordsUseCase.class).toInstance(world.rejectedRecords());
                    binder.bind(AgentViewUseCase.class).toInstance(world.agentView(LINK_KEY, Duration.ofHours(12)));
                    binder.bind(DisplayProfilesUseCase.class).toInstance(world.displayProfileService());
                    binder.bind(PageSettings.class).toInstance(PageSettings.DEFAULT);
                    binder.bind(Clock.class).toInstance(Clock.systemUTC());
                    binder.bind(PrometheusMeterRegistry.class).toInstance(meters);
                    binder.bind(MeterRegistry.class).toInstance(meters);
                    binder.bind(CheckReadinessUseCase.class)
                            .toInstance(new ReadinessService(within -> databaseAnswers));
                })
                .getInstance(ApiServer.class);
        base = URI.create("http://localhost:" + server.start(0));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop();
    }

    /** Creates the seed integration ({@link Examples#SEED_INTEGRATION}) and returns its id. */
    String createSeedIntegration() {
        return post("/v1/integrations", Examples.SEED_INTEGRATION)
                .json()
                .get("id")
                .asText();
    }

    /** Runs every queued job, as the worker's poller would (retries, delayed integrations). */
    void drainQueue() {
        world.runBackgroundWork();
    }

    /** What the CRM client reports of its circuit breakers; empty for an integration it never called. */
    Map<IntegrationId, CircuitView> circuits() {
        return circuits;
    }

    URI baseUri() {
        return base;
    }

    /** From now on the database does not answer the readiness probe's question. */
    void databaseStopsAnswering() {
        databaseAnswers = false;
    }

    /** The in-memory world behind the API: its fakes, to arrange what a test needs. */
    InMemoryWorld world() {
        return world;
    }

    ScriptedCrmClient crm() {
        return world.crm;
    }

    /** The queue's committed state: statistics entries, pending jobs. */
    InMemoryWorkQueue queue() {
        return world.queue;
    }

    InMemoryRunLog runLog() {
        return world.runLog;
    }

    ApiResponse get(String path) {
        return send(authorized(path).GET());
    }

    ApiResponse delete(String path) {
        return send(authorized(path).DELETE());
    }

    ApiResponse post(String path, String json) {
        return send(authorized(path).POST(BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    ApiResponse put(String path, String json) {
        return send(authorized(path).PUT(BodyPublishers.ofString(json)).header("Content-Type", "application/json"));
    }

    ApiResponse method(String method, String path, BodyPublisher body) {
        return send(authorized(path).method(method, body));
    }

    /**
     * A request with {@code token} instead of the administrator's; {@code body} is JSON, or null for none;
     * extra headers as name, value, name, value, …
     */
    ApiResponse as(String token, String method, String path, String body, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(
                body == null
                        ? request.method(method, BodyPublishers.noBody())
                        : request.method(method, BodyPublishers.ofString(body))
                                .header("Content-Type", "application/json"));
    }

    /** A GET with {@code token} and the extra headers, given as name, value, name, value, … */
    ApiResponse getAs(String token, String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
        return send(
                headers.length == 0 ? request.GET() : request.headers(headers).GET());
    }

    /** Makes a token with these scopes through the API; returns its secret. */
    String token(String name, String... scopes) {
        StringBuilder list = new StringBuilder();
        for (String scope : scopes) {
            list.append(list.isEmpty() ? "" : ", ").append('"').append(scope).append('"');
        }
        ApiResponse response = post("/v1/tokens", "{\"name\": \"" + name + "\", \"scopes\": [" + list + "]}");
        if (response.status() != 201) {
            throw new AssertionError("the token was not made: " + response.body());
        }
        return response.json().get("token").asText();
    }

    /** The id of the token named {@code name}. */
    String tokenId(String name) {
        for (JsonNode token : get("/v1/tokens").json().get("tokens")) {
            if (token.get("name").asText().equals(name)) {
                return token.get("id").asText();
            }
        }
        throw new AssertionError("no token is named " + name);
    }

    /** Each route the server registered ("METHOD /path") and what it needs. */
    Map<String, Access> declaredAccess() {
        return server.declaredAccess();
    }

    /** A request without any Authorization header. */
    ApiResponse anonymous(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    ApiResponse withAuthorization(String path, String authorization) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", authorization)
                .GET());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + TOKEN);
    }

    private ApiResponse send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("the API could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
