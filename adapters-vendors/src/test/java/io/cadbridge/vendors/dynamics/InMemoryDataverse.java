package io.cadbridge.vendors.dynamics;

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
 * The fake environment's Web API without HTTP, for the adapter's own tests: {@code contacts} answered
 * by {@link FakeOData}, failures scripted with {@link #answerNext}. Tokens and retries are the host's,
 * tested through {@link DataverseFake} and the kit's contract test.
 */
final class InMemoryDataverse implements VendorHttp {

    static final String CONTACTS = "/api/data/v9.2/contacts";

    final DataverseData data = new DataverseData();
    private final List<VendorRequest> requests = new CopyOnWriteArrayList<>();
    private final Deque<VendorResponse> scripted = new ArrayDeque<>();

    @Override
    public synchronized VendorResponse send(VendorRequest request) throws VendorException {
        requests.add(request);
        if (!scripted.isEmpty()) {
            return scripted.pollFirst();
        }
        if (!request.path().equals(CONTACTS)) {
            return json(404, FakeOData.error("0x80060888", "Resource not found for the segment"), Map.of());
        }
        try {
            boolean annotate = request.headers().getOrDefault("Prefer", "").contains("FormattedValue");
            return json(200, FakeOData.contacts(request.query(), annotate, data, "$metadata#contacts"), Map.of());
        } catch (IllegalArgumentException e) {
            return json(400, FakeOData.error(e.getMessage().split(":")[0], e.getMessage()), Map.of());
        }
    }

    synchronized void answerNext(int status, JsonValue body, Map<String, String> headers) {
        scripted.addLast(json(status, body, headers));
    }

    List<VendorRequest> requests() {
        return List.copyOf(requests);
    }

    private static VendorResponse json(int status, JsonValue body, Map<String, String> headers) {
        return new VendorResponse(status, headers, Optional.of(body), body.toJson());
    }

    static JsonObject throttled() {
        return FakeOData.error(
                "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds.");
    }
}
