package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.List;

/** The JSON Schema of Dynamics 365's {@code vendorSettings} (draft 2020-12). */
final class DynamicsSchema {

    private static final String GUID = "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$";

    private DynamicsSchema() {}

    static JsonObject settings() {
        JsonObject properties = JsonObject.builder()
                .put(
                        "tenantId",
                        pattern(
                                "^[A-Za-z0-9][A-Za-z0-9.-]{0,253}$",
                                "The Entra ID tenant: its directory (tenant) id or a verified domain (contoso.onmicrosoft.com)"))
                .put("clientId", pattern(GUID, "The app registration's application (client) id"))
                .put(
                        "environmentUrl",
                        pattern(
                                "^https://[^/\\s?#]+/?$",
                                "The environment URL (https://contoso.crm.dynamics.com), as the Power Platform admin center"
                                        + " shows it; the token is asked for <environmentUrl>/.default. Usually the same"
                                        + " as the integration's endpointUrl"))
                .put(
                        "authorityUrl",
                        JsonObject.builder()
                                .put("type", "string")
                                .put("pattern", "^https?://[^/\\s?#]+/?$")
                                .put("default", DynamicsSettings.DEFAULT_AUTHORITY)
                                .put(
                                        "description",
                                        "Entra ID's login host; another only for a national cloud"
                                                + " (https://login.microsoftonline.us)")
                                .build())
                .put(
                        "apiVersion",
                        JsonObject.builder()
                                .put("type", "string")
                                .put("pattern", "^v9\\.[0-9]$")
                                .put("default", DynamicsSettings.DEFAULT_API_VERSION)
                                .put("description", "The Dataverse Web API version")
                                .build())
                .put(
                        "phoneFields",
                        JsonObject.builder()
                                .put("type", "array")
                                .put(
                                        "items",
                                        pattern("^[a-z][a-z0-9_]{0,99}$", "A contact column holding a phone number"))
                                .put("minItems", JsonNumber.of(1))
                                .put("maxItems", JsonNumber.of(6))
                                .put("uniqueItems", JsonBoolean.TRUE)
                                .put("default", strings(DynamicsSettings.DEFAULT_PHONE_FIELDS))
                                .put("description", "The contact columns compared with the caller's number")
                                .build())
                .put(
                        "maxCases",
                        JsonObject.builder()
                                .put("type", "integer")
                                .put("minimum", JsonNumber.of(0))
                                .put("maximum", JsonNumber.of(20))
                                .put("default", JsonNumber.of(DynamicsSettings.DEFAULT_MAX_CASES))
                                .put(
                                        "description",
                                        "How many of the caller's active cases are read, newest first (0: none)")
                                .build())
                .build();
        return JsonObject.builder()
                .put("type", "object")
                .put("properties", properties)
                .put("required", strings(List.of("tenantId", "clientId", "environmentUrl")))
                .put("additionalProperties", JsonBoolean.FALSE)
                .build();
    }

    private static JsonObject pattern(String pattern, String description) {
        return JsonObject.builder()
                .put("type", "string")
                .put("pattern", pattern)
                .put("description", description)
                .build();
    }

    private static JsonArray strings(List<String> values) {
        return new JsonArray(
                values.stream().map(value -> (JsonValue) new JsonString(value)).toList());
    }
}
