package io.cadbridge.vendors.hubspot;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorHttp;
import io.cadbridge.spi.VendorRequest;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;

/**
 * The contact's latest tickets, in two calls: the v4 associations give the ticket ids only, then one
 * batch read gives their properties. Ids grow with creation, so the highest ids are read (at most
 * {@value #MAX_READ}) and the latest by {@code createdate} kept.
 */
final class HubSpotTickets {

    static final List<String> PROPERTIES =
            List.of("subject", "hs_pipeline_stage", "hs_ticket_priority", "createdate", "closed_date");

    private static final int MAX_READ = 100;

    /** The tickets to show, newest first, and how many the contact has in all (of the first 500 associations). */
    record Latest(List<JsonObject> tickets, int total) {}

    private HubSpotTickets() {}

    static Latest latest(VendorHttp http, String contactId, int limit) throws VendorException {
        String purpose = "ticket associations";
        JsonValue associations = HubSpotFailures.body(
                purpose,
                http.send(VendorRequest.get(purpose, "/crm/v4/objects/contacts/" + contactId + "/associations/tickets")
                        .withQuery("limit", "500")));
        List<String> all = JsonRead.array(associations, "results").stream()
                .flatMap(result -> JsonRead.text(result, "toObjectId").stream())
                .filter(id -> id.matches("\\d{1,30}"))
                .distinct()
                .sorted(Comparator.comparing((String id) -> new BigInteger(id)).reversed())
                .toList();
        List<String> ids = all.subList(0, Math.min(all.size(), MAX_READ));
        if (ids.isEmpty()) {
            return new Latest(List.of(), 0);
        }
        purpose = "ticket batch read";
        JsonValue read = HubSpotFailures.body(
                purpose, http.send(VendorRequest.post(purpose, "/crm/v3/objects/tickets/batch/read", batch(ids))));
        List<JsonObject> tickets = JsonRead.array(read, "results").stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .sorted(Comparator.comparing((JsonObject ticket) -> JsonRead.text(ticket, "properties", "createdate")
                                .orElse(""))
                        .reversed())
                .limit(limit)
                .toList();
        return new Latest(tickets, all.size());
    }

    private static JsonObject batch(List<String> ids) {
        return JsonObject.builder()
                .put("properties", JsonArray.ofStrings(PROPERTIES))
                .put(
                        "inputs",
                        new JsonArray(ids.stream()
                                .<JsonValue>map(
                                        id -> JsonObject.builder().put("id", id).build())
                                .toList()))
                .build();
    }
}
