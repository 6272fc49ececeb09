package io.cadbridge.examples.freshdesk;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import java.util.List;

/** The Freshdesk adapter's settings schema and default {@code save} mapping. */
final class FreshdeskSchema {

    /** {@code {"ticketLimit": 1..100, "portalUrl": "https://…"}}; the host adds {@code defaultRegion}. */
    static final JsonObject SETTINGS = JsonObject.builder()
            .put("type", "object")
            .put("additionalProperties", JsonBoolean.FALSE)
            .put(
                    "properties",
                    JsonObject.builder()
                            .put(
                                    "ticketLimit",
                                    JsonObject.builder()
                                            .put("type", "integer")
                                            .put("minimum", JsonNumber.of(1))
                                            .put("maximum", JsonNumber.of(100))
                                            .put("description", "How many of the contact's latest tickets to read (5)")
                                            .build())
                            .put(
                                    "portalUrl",
                                    JsonObject.builder()
                                            .put("type", "string")
                                            .put(
                                                    "description",
                                                    "The helpdesk's address (https://acme.freshdesk.com): each ticket"
                                                            + " in the document gets a url the agent can open")
                                            .build())
                            .build())
            .put(
                    "examples",
                    new JsonArray(List.of(JsonObject.builder()
                            .put("ticketLimit", JsonNumber.of(5))
                            .put("defaultRegion", new JsonString("US"))
                            .build())))
            .build();

    /** What an integration with no {@code response.save} keeps for the agent. */
    static final JsonObject DEFAULT_SAVE = JsonObject.builder()
            .put(
                    "customer_data",
                    JsonObject.builder()
                            .put("id", "{response.body.contact.id}")
                            .put("name", "{response.body.contact.name}")
                            .put("email", "{response.body.contact.email}")
                            .put("phone", "{response.body.contact.phone}")
                            .build())
            .put("open_tickets", "{response.body.openTickets}")
            .build();

    private FreshdeskSchema() {}
}
