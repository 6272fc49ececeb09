package io.cadbridge.testkit;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake vendor API for adapter tests: a JDK {@code HttpServer} on {@code 127.0.0.1} (loopback only,
 * port chosen by the system) that records every request and answers through {@link #route}, which a
 * subclass implements with the vendor's routes and matching semantics (emulate how the vendor really
 * searches; a fake that matches anything proves nothing).
 *
 * <p>Scripted faults come first: {@link #throttleNext}, {@link #failNext}, {@link #answerNext}. For
 * OAuth vendors, a subclass returns its token endpoint from {@link #tokenPath()}: the fake then issues
 * tokens, counts the token requests, refuses API calls without a valid token, and can
 * {@link #expireTokens()} or {@link #refuseTokens()}. Vendors with static credentials override
 * {@link #authorized}.
 */
public abstract class FakeVendorServer implements AutoCloseable {

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final ScriptedAnswers script = new ScriptedAnswers();
    private final FakeTokens tokens = new FakeTokens();
    private volatile LoopbackHttpServer server;

    /** Starts listening on {@code 127.0.0.1} at a free port; returns this fake, typed as the caller needs. */
    @SuppressWarnings("unchecked")
    public final synchronized <S extends FakeVendorServer> S start() {
        if (server != null) {
            throw new IllegalStateException("already started at " + baseUrl());
        }
        server = LoopbackHttpServer.start(this::handle);
        return (S) this;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash: the integration's {@code endpointUrl}. */
    public final String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public final int port() {
        if (server == null) {
            throw new IllegalStateException("the fake vendor server is not started");
        }
        return server.port();
    }

    /** Every request received since the last {@link #reset()} or {@link #clearRequests()}, token requests included, in order. */
    public final List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests to the vendor's API: every request but the token requests. */
    public final List<RecordedRequest> apiRequests() {
        return requests.stream().filter(request -> !isTokenRequest(request)).toList();
    }

    /** How many times the token endpoint was asked for a token since the last {@link #reset()} or {@link #clearRequests()}. */
    public final int tokenRequests() {
        return (int) requests.stream().filter(this::isTokenRequest).count();
    }

    /** The next {@code times} API requests are answered 429 with {@code Retry-After: <seconds>} and {@link #throttleBody()}. */
    public final void throttleNext(int times, int retryAfterSeconds) {
        script.add(times, () -> throttled(OptionalInt.of(retryAfterSeconds)));
    }

    /** The next {@code times} API requests are answered 429 without {@code Retry-After}. */
    public final void throttleNext(int times) {
        script.add(times, () -> throttled(OptionalInt.empty()));
    }

    /** The next API request is answered with {@code status} and {@code body} (JSON when it looks like JSON). */
    public final void failNext(int status, String body) {
        String trimmed = body.strip();
        boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
        answerNext(json ? FakeResponse.json(status, body) : FakeResponse.text(status, body));
    }

    /** The next API request is answered with {@code response}, whatever it asks. */
    public final void answerNext(FakeResponse response) {
        script.add(1, () -> response);
    }

    /** Every token issued so far is refused from now on (answered by {@link #unauthorized()}); new ones are good. */
    public final void expireTokens() {
        tokens.expireAll();
    }

    /** Every token, issued or still to be issued, is refused until {@link #reset()}: credentials revoked. */
    public final void refuseTokens() {
        tokens.refuseAll();
    }

    /**
     * Forgets the requests, the scripted answers and {@link #refuseTokens()}, then the vendor's data
     * ({@link #resetData()}). Tokens issued and not expired stay valid, as a vendor's tokens outlive a test.
     */
    public final void reset() {
        requests.clear();
        script.clear();
        tokens.reset();
        resetData();
    }

    /** Forgets the recorded requests only. */
    public final void clearRequests() {
        requests.clear();
    }

    /**
     * Answers one API request that passed the scripted faults and {@link #authorized}. An
     * {@link IllegalArgumentException} becomes a 400 with its message, as a vendor refuses a bad request.
     */
    protected abstract FakeResponse route(RecordedRequest request);

    /** Forgets the vendor's records (contacts, tickets); called by {@link #reset()}. */
    protected void resetData() {}

    /** The path of the OAuth token endpoint ({@code /services/oauth2/token}); empty for static credentials. */
    protected Optional<String> tokenPath() {
        return Optional.empty();
    }

    /** Whether a token request's client credentials (or assertion) are right; a wrong one gets {@code invalid_client}. */
    protected boolean tokenRequestAllowed(RecordedRequest request) {
        return true;
    }

    /** The token endpoint's answer carrying {@code accessToken}; Salesforce adds {@code instance_url}. */
    protected JsonObject tokenAnswer(String accessToken) {
        return JsonObject.builder()
                .put("access_token", accessToken)
                .put("token_type", "Bearer")
                .put("expires_in", JsonNumber.of(3600))
                .build();
    }

    /**
     * Whether an API request carries valid credentials. By default: with a {@link #tokenPath()}, a bearer
     * token this fake issued and has not expired; without, anything. Override for static credentials.
     */
    protected boolean authorized(RecordedRequest request) {
        return tokenPath().isEmpty() || bearerToken(request).filter(tokens::isValid).isPresent();
    }

    /** The answer to a request with missing or refused credentials; vendors differ in the body. */
    protected FakeResponse unauthorized() {
        return FakeResponse.json(401, "{\"error\":\"invalid_token\",\"error_description\":\"the access token is not valid\"}");
    }

    /** A 429, with {@code Retry-After} when given, carrying {@link #throttleBody()}. */
    protected FakeResponse throttled(OptionalInt retryAfterSeconds) {
        FakeResponse response = FakeResponse.json(429, throttleBody());
        return retryAfterSeconds.isPresent()
                ? response.withHeader("Retry-After", Integer.toString(retryAfterSeconds.getAsInt()))
                : response;
    }

    /** The body of a 429, as the vendor writes it (HubSpot names its {@code policyName}). */
    protected String throttleBody() {
        return "{\"error\":\"rate limit exceeded\"}";
    }

    /** The token of an {@code Authorization: Bearer …} header. */
    protected static Optional<String> bearerToken(RecordedRequest request) {
        return request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip());
    }

    /** The access tokens this fake has issued. */
    final java.util.Set<String> issuedTokens() {
        return tokens.issued();
    }

    private boolean isTokenRequest(RecordedRequest request) {
        return tokenPath().filter(path -> path.equals(request.path())).isPresent();
    }

    private FakeResponse handle(RecordedRequest request) {
        requests.add(request);
        return answer(request);
    }

    private FakeResponse answer(RecordedRequest request) {
        if (isTokenRequest(request)) {
            return tokenRequestAllowed(request)
                    ? FakeResponse.json(200, tokenAnswer(tokens.issue()))
                    : FakeResponse.json(400, "{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}");
        }
        Optional<FakeResponse> scripted = script.next();
        if (scripted.isPresent()) {
            return scripted.get();
        }
        if (!authorized(request)) {
            return unauthorized();
        }
        try {
            return route(request);
        } catch (IllegalArgumentException e) {
            return FakeResponse.json(400, JsonObject.builder().put("error", e.getMessage()).build());
        } catch (RuntimeException e) {
            return FakeResponse.json(500, JsonObject.builder().put("error", e.toString()).build());
        }
    }

    /** Stops listening; requests in progress are cut short. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
