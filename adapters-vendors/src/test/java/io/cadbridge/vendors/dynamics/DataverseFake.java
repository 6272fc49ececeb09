package io.cadbridge.vendors.dynamics;

import static java.util.Objects.requireNonNull;

import io.cadbridge.testkit.FakeResponse;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.RecordedRequest;
import java.util.Map;
import java.util.Optional;

/**
 * A fake Dataverse environment with its Entra ID tenant on the same loopback port: the v2.0 token
 * endpoint {@code /<tenant>/oauth2/v2.0/token} (client credentials, the client authenticated by HTTP
 * Basic or in the form, {@code scope} the environment's {@code /.default}), and the Web API's
 * {@code GET /api/data/v9.2/contacts} ({@link FakeOData}). An expired token gets an empty 401 with
 * {@code WWW-Authenticate}; a throttle is 429 with Retry-After and Dataverse's service protection error.
 */
final class DataverseFake extends FakeVendorServer {

    static final String CONTACTS = "/api/data/v9.2/contacts";

    final DataverseData data = new DataverseData();
    private final String tenant;
    private final String clientId;
    private final String clientSecret;
    private final String environmentUrl;

    DataverseFake(String tenant, String clientId, String clientSecret, String environmentUrl) {
        this.tenant = requireNonNull(tenant, "tenant is null");
        this.clientId = requireNonNull(clientId, "clientId is null");
        this.clientSecret = requireNonNull(clientSecret, "clientSecret is null");
        this.environmentUrl = requireNonNull(environmentUrl, "environmentUrl is null");
    }

    @Override
    protected FakeResponse route(RecordedRequest request) {
        if (!request.method().equals("GET") || !request.path().equals(CONTACTS)) {
            return FakeResponse.json(404, FakeOData.error("0x80060888", "Resource not found for the segment"));
        }
        String prefer = request.header("Prefer").orElse("");
        boolean annotate = prefer.contains("OData.Community.Display.V1.FormattedValue") || prefer.contains("\"*\"");
        FakeResponse answer = FakeResponse.json(
                200,
                FakeOData.contacts(request.query(), annotate, data, baseUrl() + "/api/data/v9.2/$metadata#contacts"));
        return annotate ? answer.withHeader("Preference-Applied", prefer) : answer;
    }

    @Override
    protected FakeResponse unauthorized() {
        return FakeResponse.empty(401)
                .withHeader(
                        "WWW-Authenticate",
                        "Bearer authorization_uri=https://login.microsoftonline.com/" + tenant
                                + "/oauth2/authorize, resource_id=" + environmentUrl);
    }

    @Override
    protected String throttleBody() {
        return FakeOData.error(
                        "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.")
                .toJson();
    }

    @Override
    protected Optional<String> tokenPath() {
        return Optional.of("/" + tenant + "/oauth2/v2.0/token");
    }

    /** Entra ID: client credentials, for exactly the environment's {@code .default} scope. */
    @Override
    protected boolean tokenRequestAllowed(RecordedRequest request) {
        Map<String, String> form = request.form();
        return "client_credentials".equals(form.get("grant_type"))
                && (environmentUrl + "/.default").equals(form.get("scope"))
                && request.hasClientCredentials(clientId, clientSecret);
    }

    @Override
    protected void resetData() {
        data.clear();
    }
}
