package io.cadbridge.vendors.hubspot;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The document a HubSpot lookup returns ({@code {response.body}}):
 *
 * <pre>{@code
 * {"found": true, "matches": 1, "searchedBy": "phone",
 *  "contact": {"id", "firstname", "lastname", "email", "company", "phone", "mobilephone",
 *              "lastmodifieddate", "properties": {every property returned}},
 *  "tickets": [{"id", "subject", "stage", "priority", "createdate", "open"}],
 *  "ticketCount": 3,
 *  "ticketSummary": "3 tickets, 1 open of the latest 3; latest #902: Printer on fire (HIGH)"}
 * }</pre>
 *
 * Nobody found: {@code found} false, {@code matches} 0, {@code contact} and {@code ticketSummary} null.
 * With {@code ticketLimit} 0, {@code ticketCount} and {@code ticketSummary} are null.
 */
final class HubSpotDocument {

    /** Where the default save finds each {@code customer_data} member. */
    static final JsonObject DEFAULT_SAVE = JsonObject.builder()
            .put(
                    "customer_data",
                    JsonObject.builder()
                            .put("id", "{response.body.contact.id}")
                            .put("firstname", "{response.body.contact.firstname}")
                            .put("lastname", "{response.body.contact.lastname}")
                            .put("email", "{response.body.contact.email}")
                            .put("company", "{response.body.contact.company}")
                            .put("phone", "{response.body.contact.phone ?? response.body.contact.mobilephone}")
                            .build())
            .put("customer_matches", "{response.body.matches}")
            .put("customer_tickets", "{response.body.ticketSummary}")
            .build();

    private HubSpotDocument() {}

    static JsonObject notFound(Optional<String> searchedBy) {
        return JsonObject.builder()
                .put("found", JsonBoolean.FALSE)
                .put("matches", JsonNumber.of(0))
                .put("searchedBy", searchedBy.orElse(null))
                .put("contact", JsonNull.INSTANCE)
                .put("tickets", JsonArray.EMPTY)
                .put("ticketCount", JsonNumber.of(0))
                .put("ticketSummary", JsonNull.INSTANCE)
                .build();
    }

    /** @param tickets empty when the settings say to read none ({@code ticketCount} is then null) */
    static JsonObject found(
            String searchedBy, int matches, JsonObject contact, Optional<HubSpotTickets.Latest> tickets) {
        List<JsonValue> listed = tickets.map(HubSpotTickets.Latest::tickets).orElse(List.of()).stream()
                .<JsonValue>map(HubSpotDocument::ticket)
                .toList();
        return JsonObject.builder()
                .put("found", JsonBoolean.TRUE)
                .put("matches", JsonNumber.of(matches))
                .put("searchedBy", searchedBy)
                .put("contact", contact(contact))
                .put("tickets", new JsonArray(listed))
                .put(
                        "ticketCount",
                        tickets.map(read -> JsonNumber.of(read.total())).orElse(null))
                .put("ticketSummary", tickets.map(HubSpotDocument::summary).orElse(JsonNull.INSTANCE))
                .build();
    }

    private static JsonObject contact(JsonObject result) {
        JsonObject properties = JsonRead.object(result, "properties");
        JsonObject.Builder contact = JsonObject.builder().put("id", JsonRead.textOrNull(result, "id"));
        for (String name : HubSpotSearch.PROPERTIES) {
            contact.put(name, JsonRead.textOrNull(properties, name));
        }
        return contact.put("properties", properties).build();
    }

    private static JsonObject ticket(JsonObject result) {
        JsonObject properties = JsonRead.object(result, "properties");
        return JsonObject.builder()
                .put("id", JsonRead.textOrNull(result, "id"))
                .put("subject", JsonRead.textOrNull(properties, "subject"))
                .put("stage", JsonRead.textOrNull(properties, "hs_pipeline_stage"))
                .put("priority", JsonRead.textOrNull(properties, "hs_ticket_priority"))
                .put("createdate", JsonRead.textOrNull(properties, "createdate"))
                .put(
                        "open",
                        JsonBoolean.of(JsonRead.text(properties, "closed_date")
                                .filter(date -> !date.isBlank())
                                .isEmpty()))
                .build();
    }

    /** One line for the agent: how many tickets, how many open, the latest one's subject. */
    private static JsonValue summary(HubSpotTickets.Latest tickets) {
        if (tickets.tickets().isEmpty()) {
            return JsonNull.INSTANCE;
        }
        long open = tickets.tickets().stream()
                .filter(ticket -> JsonRead.text(ticket, "properties", "closed_date")
                        .filter(d -> !d.isBlank())
                        .isEmpty())
                .count();
        JsonObject latest = tickets.tickets().getFirst();
        String priority = JsonRead.text(latest, "properties", "hs_ticket_priority")
                .map(p -> " (" + p + ")")
                .orElse("");
        return new JsonString(tickets.total() + (tickets.total() == 1 ? " ticket" : " tickets") + ", " + open
                + " open of the latest " + tickets.tickets().size() + "; latest #"
                + JsonRead.text(latest, "id").orElse("?")
                + ": " + JsonRead.text(latest, "properties", "subject").orElse("(no subject)") + priority);
    }
}
