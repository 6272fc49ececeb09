package io.cadbridge.vendors.hubspot;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import java.util.List;

/**
 * The {@code vendorSettings} of a HubSpot integration, all optional: more contact properties to return,
 * and how many of the contact's latest tickets to read. The host adds {@code defaultRegion}.
 */
record HubSpotSettings(List<String> contactProperties, int ticketLimit) {

    static final int DEFAULT_TICKET_LIMIT = 5;
    static final int MAX_TICKET_LIMIT = 20;

    static final JsonObject SCHEMA = JsonObject.builder()
            .put("type", "object")
            .put("additionalProperties", io.cadbridge.json.JsonBoolean.FALSE)
            .put(
                    "properties",
                    JsonObject.builder()
                            .put("contactProperties", contactPropertiesSchema())
                            .put("ticketLimit", ticketLimitSchema())
                            .build())
            .build();

    static HubSpotSettings of(JsonObject settings) {
        List<String> properties = JsonRead.texts(settings, "contactProperties");
        int limit = JsonRead.integer(settings, "ticketLimit").orElse(DEFAULT_TICKET_LIMIT);
        return new HubSpotSettings(properties, Math.max(0, Math.min(limit, MAX_TICKET_LIMIT)));
    }

    private static JsonObject contactPropertiesSchema() {
        return JsonObject.builder()
                .put("type", "array")
                .put(
                        "items",
                        JsonObject.builder()
                                .put("type", "string")
                                .put("pattern", "^[a-z0-9_]{1,100}$")
                                .build())
                .put("maxItems", JsonNumber.of(50))
                .put("uniqueItems", io.cadbridge.json.JsonBoolean.TRUE)
                .put(
                        "description",
                        "more contact properties (internal names, e.g. lifecyclestage, hubspot_owner_id) to return"
                                + " in the document's contact.properties; the ones the default save reads are always returned")
                .build();
    }

    private static JsonValue ticketLimitSchema() {
        return JsonObject.builder()
                .put("type", "integer")
                .put("minimum", JsonNumber.of(0))
                .put("maximum", JsonNumber.of(MAX_TICKET_LIMIT))
                .put("default", JsonNumber.of(DEFAULT_TICKET_LIMIT))
                .put(
                        "description",
                        "how many of the contact's latest tickets to read; 0 reads none (one call instead of three)")
                .build();
    }
}
