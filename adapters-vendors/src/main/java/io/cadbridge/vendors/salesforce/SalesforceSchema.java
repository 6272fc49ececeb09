package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.List;

/** The JSON Schema of Salesforce's {@code vendorSettings} (draft 2020-12). */
final class SalesforceSchema {

    static final String API_VERSION_PATTERN = "^v[1-9][0-9]\\.0$";

    private SalesforceSchema() {}

    static JsonObject settings() {
        JsonObject properties = JsonObject.builder()
                .put(
                        "auth",
                        JsonObject.builder()
                                .put("enum", strings("client-credentials", "jwt-bearer"))
                                .put("default", "client-credentials")
                                .put(
                                        "description",
                                        "How cadbridge gets its token: \"client-credentials\" (the external client app's"
                                                + " consumer secret in authentications.clientSecret, a run-as user set in"
                                                + " the app) or \"jwt-bearer\" (a certificate's private key in"
                                                + " authentications.privateKey, acting as username)")
                                .build())
                .put("clientId", text("The external (or connected) client app's consumer key", 1, 256))
                .put("username", text("jwt-bearer only: the Salesforce user the calls act as", 3, 80))
                .put(
                        "audience",
                        JsonObject.builder()
                                .put("type", "string")
                                .put("pattern", "^https://[^/\\s]+(/[^\\s]*)?$")
                                .put("default", SalesforceSettings.DEFAULT_AUDIENCE)
                                .put(
                                        "description",
                                        "jwt-bearer only: the assertion's audience, https://login.salesforce.com or,"
                                                + " for a sandbox, https://test.salesforce.com")
                                .build())
                .put(
                        "apiVersion",
                        JsonObject.builder()
                                .put("type", "string")
                                .put("pattern", API_VERSION_PATTERN)
                                .put("default", SalesforceSettings.DEFAULT_API_VERSION)
                                .put("description", "The REST API version, e.g. v62.0")
                                .build())
                .put(
                        "maxCases",
                        JsonObject.builder()
                                .put("type", "integer")
                                .put("minimum", JsonNumber.of(0))
                                .put("maximum", JsonNumber.of(20))
                                .put("default", JsonNumber.of(SalesforceSettings.DEFAULT_MAX_CASES))
                                .put(
                                        "description",
                                        "How many of the caller's open cases are read, newest first (0: none)")
                                .build())
                .build();
        return JsonObject.builder()
                .put("type", "object")
                .put("properties", properties)
                .put("required", strings("clientId"))
                .put("additionalProperties", JsonBoolean.FALSE)
                .put(
                        "if",
                        JsonObject.builder()
                                .put(
                                        "properties",
                                        JsonObject.builder()
                                                .put(
                                                        "auth",
                                                        JsonObject.builder()
                                                                .put("const", "jwt-bearer")
                                                                .build())
                                                .build())
                                .put("required", strings("auth"))
                                .build())
                .put(
                        "then",
                        JsonObject.builder()
                                .put("required", strings("username"))
                                .build())
                .build();
    }

    private static JsonObject text(String description, int minLength, int maxLength) {
        return JsonObject.builder()
                .put("type", "string")
                .put("minLength", JsonNumber.of(minLength))
                .put("maxLength", JsonNumber.of(maxLength))
                .put("description", description)
                .build();
    }

    private static JsonArray strings(String... values) {
        return new JsonArray(List.of(values).stream()
                .map(value -> (JsonValue) new JsonString(value))
                .toList());
    }
}
