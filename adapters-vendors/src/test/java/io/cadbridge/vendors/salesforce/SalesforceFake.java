package io.cadbridge.vendors.salesforce;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import io.cadbridge.testkit.FakeResponse;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.RecordedRequest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Salesforce org: the My Domain login host ({@link #baseUrl()}, the integration's
 * {@code endpointUrl}) with {@code /services/oauth2/token} for the client credentials and the JWT bearer
 * flows, whose answer has no {@code expires_in} and names the REST host, {@link InstanceHost}, on
 * another port as {@code instance_url}. The REST API ({@code /search/}, {@code /query/}) is served only
 * there; an expired token gets 401 {@code INVALID_SESSION_ID}; {@link #exceedRequestLimit()} answers
 * 403 {@code REQUEST_LIMIT_EXCEEDED} without Retry-After. Error bodies are arrays, as Salesforce's are.
 */
final class SalesforceFake extends FakeVendorServer {

    static final String API = "/services/data/v62.0";
    static final int DAILY_LIMIT = 15000;

    final SalesforceData data = new SalesforceData();
    private final String clientId;
    private final String clientSecret;
    private final FakeJwtCheck jwt;
    private final AtomicInteger apiUsage = new AtomicInteger();
    private volatile InstanceHost instance;

    /** An org whose app accepts these client credentials, and assertions signed for {@code username} with {@code key}. */
    SalesforceFake(String clientId, String clientSecret, String username, String audience, PublicKey key) {
        this.clientId = requireNonNull(clientId, "clientId is null");
        this.clientSecret = requireNonNull(clientSecret, "clientSecret is null");
        this.jwt = new FakeJwtCheck(key, clientId, username, audience);
    }

    /** The REST host's base URL, started with the first call. */
    synchronized String instanceUrl() {
        if (instance == null) {
            instance = new InstanceHost(port());
        }
        return instance.baseUrl();
    }

    /** The next API call is refused 403 REQUEST_LIMIT_EXCEEDED: the org's 24-hour allocation is used up. */
    void exceedRequestLimit() {
        answerNext(FakeResponse.json(
                403, FakeRecords.errors(SalesforceErrors.REQUEST_LIMIT_EXCEEDED, "TotalRequests Limit exceeded.")));
    }

    @Override
    protected FakeResponse route(RecordedRequest request) {
        if (request.header(InstanceHost.MARK).isEmpty()) {
            return FakeResponse.json(
                    404, FakeRecords.errors("NOT_FOUND", "the fake serves the API at instance_url only"));
        }
        String q = request.queryParameter("q").orElse("");
        JsonObject answer = switch (request.method() + " " + request.path()) {
            case "GET " + API + "/search/" -> FakeSosl.run(q, data, API);
            case "GET " + API + "/query/" -> FakeSoql.run(q, data, API);
            default -> null;
        };
        if (answer == null) {
            return FakeResponse.json(404, FakeRecords.errors("NOT_FOUND", "The requested resource does not exist"));
        }
        return FakeResponse.json(200, answer)
                .withHeader("Sforce-Limit-Info", "api-usage=" + apiUsage.incrementAndGet() + "/" + DAILY_LIMIT);
    }

    @Override
    protected FakeResponse unauthorized() {
        return FakeResponse.json(401, FakeRecords.errors("INVALID_SESSION_ID", "Session expired or invalid"));
    }

    @Override
    protected Optional<String> tokenPath() {
        return Optional.of(SalesforceAdapter.TOKEN_PATH);
    }

    @Override
    protected boolean tokenRequestAllowed(RecordedRequest request) {
        Map<String, String> form = request.form();
        return switch (form.getOrDefault("grant_type", "")) {
            case "client_credentials" -> request.hasClientCredentials(clientId, clientSecret);
            case "urn:ietf:params:oauth:grant-type:jwt-bearer" ->
                jwt.problem(form.getOrDefault("assertion", ""), Instant.now()).isEmpty();
            default -> false;
        };
    }

    /** Salesforce's token answer: {@code instance_url}, {@code id}, {@code issued_at}, no {@code expires_in}. */
    @Override
    protected JsonObject tokenAnswer(String accessToken) {
        return JsonObject.builder()
                .put("access_token", accessToken)
                .put("instance_url", instanceUrl())
                .put("id", baseUrl() + "/id/00D5g000000FAKE/0055g000000FAKE")
                .put("token_type", "Bearer")
                .put("issued_at", Long.toString(System.currentTimeMillis()))
                .put("signature", "ZmFrZQ==")
                .build();
    }

    @Override
    protected void resetData() {
        data.clear();
        apiUsage.set(0);
    }

    @Override
    public synchronized void close() {
        try {
            super.close();
        } finally {
            if (instance != null) {
                instance.close();
                instance = null;
            }
        }
    }
}
