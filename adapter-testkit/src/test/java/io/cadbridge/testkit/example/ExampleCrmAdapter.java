package io.cadbridge.testkit.example;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.Capability;
import io.cadbridge.spi.SecretSetting;
import io.cadbridge.spi.SettingsProblem;
import io.cadbridge.spi.VendorAdapter;
import io.cadbridge.spi.VendorAuth;
import io.cadbridge.spi.VendorDescriptor;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorHttp;
import io.cadbridge.spi.VendorLookup;
import io.cadbridge.spi.VendorRequest;
import java.util.List;
import java.util.Set;

/**
 * The smallest OAuth adapter: client credentials against {@code /oauth/token}, one exact-match contact
 * query by E.164 number. It proves the kit's OAuth cases (token refresh, persistent 401).
 */
public final class ExampleCrmAdapter implements VendorAdapter {

    private static final JsonObject SCHEMA = JsonObject.builder()
            .put("type", "object")
            .put("additionalProperties", JsonBoolean.FALSE)
            .put("required", new JsonArray(List.of(new JsonString("clientId"))))
            .put("properties", JsonObject.builder()
                    .put("clientId", JsonObject.builder().put("type", "string").put("minLength", JsonNumber.of(1)).build())
                    .build())
            .build();

    private static final JsonObject DEFAULT_SAVE = JsonObject.builder()
            .put("customer_data", JsonObject.builder()
                    .put("id", "{response.body.contact.id}")
                    .put("name", "{response.body.contact.name}")
                    .build())
            .build();

    @Override
    public VendorDescriptor descriptor() {
        return new VendorDescriptor(
                "example-crm",
                "0.1.0",
                SPI_VERSION,
                "Example CRM",
                SCHEMA,
                List.of(new SecretSetting("clientSecret", "the OAuth client's secret")),
                Set.of(Capability.CONTACT_BY_PHONE),
                DEFAULT_SAVE);
    }

    @Override
    public List<SettingsProblem> validate(JsonObject settings) {
        return List.of();
    }

    @Override
    public VendorAuth authentication(JsonObject settings) {
        String clientId = ((JsonString) settings.get("clientId").orElseThrow()).value();
        return new VendorAuth.ClientCredentials("/oauth/token", clientId, "clientSecret", List.of("contacts.read"));
    }

    @Override
    public JsonValue lookup(VendorLookup lookup, VendorHttp http) throws VendorException {
        if (lookup.phone().isEmpty()) {
            return notFound();
        }
        JsonValue answer = http.send(VendorRequest.get("contact query", "/contacts")
                        .withQuery("phone", lookup.phone().get().e164()))
                .body("contact query");
        List<JsonValue> contacts = answer instanceof JsonObject object && object.get("items").orElse(null) instanceof JsonArray items
                ? items.elements()
                : List.of();
        if (contacts.isEmpty()) {
            return notFound();
        }
        return JsonObject.builder()
                .put("found", JsonBoolean.TRUE)
                .put("matches", JsonNumber.of(contacts.size()))
                .put("contact", contacts.getFirst())
                .build();
    }

    private static JsonObject notFound() {
        return JsonObject.builder()
                .put("found", JsonBoolean.FALSE)
                .put("matches", JsonNumber.of(0))
                .put("contact", (String) null)
                .build();
    }
}
