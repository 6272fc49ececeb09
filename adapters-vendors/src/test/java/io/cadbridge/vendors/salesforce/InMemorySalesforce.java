package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorHttp;
import io.cadbridge.spi.VendorRequest;
import io.cadbridge.spi.VendorResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake org's REST API without HTTP, for the adapter's own tests: the search and query endpoints
 * answered by {@link FakeSosl} and {@link FakeSoql}, failures scripted with {@link #answerNext}. The
 * host's part (tokens, retries) is tested through {@link SalesforceFake} and the kit's contract test.
 */
final class InMemorySalesforce implements VendorHttp {

    static final String API = "/services/data/v62.0";

    final SalesforceData data = new SalesforceData();
    private final List<VendorRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<VendorResponse> scripted = new ArrayDeque<>();

    @Override
    public synchronized VendorResponse send(VendorRequest request) throws VendorException {
        requests.add(request);
        if (!scripted.isEmpty()) {
            return scripted.pollFirst();
        }
        try {
            return json(200, route(request));
        } catch (IllegalArgumentException e) {
            String code = e.getMessage().split(":")[0];
            return new VendorResponse(400, Map.of(), Optional.of(FakeRecords.errors(code, e.getMessage())), "");
        }
    }

    private JsonObject route(VendorRequest request) {
        String q = request.query().getOrDefault("q", "");
        return switch (request.path()) {
            case API + "/search/" -> FakeSosl.run(q, data, API);
            case API + "/query/" -> FakeSoql.run(q, data, API);
            default -> throw new IllegalArgumentException("NOT_FOUND: " + request.path());
        };
    }

    synchronized void answerNext(int status, JsonValue body) {
        scripted.addLast(json(status, body));
    }

    List<VendorRequest> requests() {
        return List.copyOf(requests);
    }

    private static VendorResponse json(int status, JsonValue body) {
        return new VendorResponse(status, Map.of("Content-Type", "application/json"), Optional.of(body), body.toJson());
    }
}
