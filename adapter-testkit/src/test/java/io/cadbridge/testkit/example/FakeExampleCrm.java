package io.cadbridge.testkit.example;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.testkit.FakeResponse;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The example CRM: a token endpoint checking the client, and {@code GET /contacts?phone=} matching the stored text exactly. */
final class FakeExampleCrm extends FakeVendorServer {

    private final String clientAuthorization;
    private final List<JsonObject> contacts = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(70_000);

    FakeExampleCrm(String clientId, String clientSecret) {
        clientAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    }

    String addContact(String name, String phone) {
        String id = "C-" + ids.incrementAndGet();
        contacts.add(JsonObject.builder().put("id", id).put("name", name).put("phone", phone).build());
        return id;
    }

    @Override
    protected Optional<String> tokenPath() {
        return Optional.of("/oauth/token");
    }

    @Override
    protected boolean tokenRequestAllowed(RecordedRequest request) {
        return request.header("Authorization").filter(clientAuthorization::equals).isPresent()
                && request.body().contains("grant_type=client_credentials");
    }

    @Override
    protected void resetData() {
        contacts.clear();
    }

    @Override
    protected FakeResponse route(RecordedRequest request) {
        if (!request.path().equals("/contacts")) {
            return FakeResponse.json(404, "{\"error\":\"not_found\"}");
        }
        String phone = request.queryParameter("phone").orElseThrow(() -> new IllegalArgumentException("phone is required"));
        List<JsonValue> items = contacts.stream()
                .filter(contact -> contact.get("phone").equals(Optional.of(new JsonString(phone))))
                .<JsonValue>map(contact -> contact)
                .toList();
        return FakeResponse.json(200, JsonObject.builder().put("items", new JsonArray(items)).build());
    }
}
