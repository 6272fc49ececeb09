package io.cadbridge.vendors.zendesk;

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
import java.util.Set;

/**
 * The document a Zendesk lookup returns ({@code {response.body}}):
 *
 * <pre>{@code
 * {"found": true, "matches": 1, "searchedBy": "phone",
 *  "user": {"id", "name", "email", "phone", "organization_id", "role", "time_zone", "locale",
 *           "tags", "user_fields", "updated_at"},
 *  "tickets": [{"id", "subject", "status", "priority", "updated_at", "open"}], "moreTickets": false,
 *  "ticketSummary": "2 open of the latest 3 tickets; latest #35: Printer on fire (open, high)"}
 * }</pre>
 *
 * Nobody found: {@code found} false, {@code matches} 0, {@code user} and {@code ticketSummary} null.
 */
final class ZendeskDocument {

    static final JsonObject DEFAULT_SAVE = JsonObject.builder()
            .put(
                    "customer_data",
                    JsonObject.builder()
                            .put("id", "{response.body.user.id}")
                            .put("name", "{response.body.user.name}")
                            .put("email", "{response.body.user.email}")
                            .put("phone", "{response.body.user.phone}")
                            .put("organization_id", "{response.body.user.organization_id}")
                            .build())
            .put("customer_matches", "{response.body.matches}")
            .put("customer_tickets", "{response.body.ticketSummary}")
            .build();

    private static final List<String> USER_FIELDS = List.of(
            "id",
            "name",
            "email",
            "phone",
            "organization_id",
            "role",
            "time_zone",
            "locale",
            "tags",
            "user_fields",
            "updated_at");
    private static final Set<String> CLOSED = Set.of("solved", "closed");

    private ZendeskDocument() {}

    static JsonObject notFound(Optional<String> searchedBy) {
        return JsonObject.builder()
                .put("found", JsonBoolean.FALSE)
                .put("matches", JsonNumber.of(0))
                .put("searchedBy", searchedBy.orElse(null))
                .put("user", JsonNull.INSTANCE)
                .put("tickets", JsonArray.EMPTY)
                .put("moreTickets", JsonBoolean.FALSE)
                .put("ticketSummary", JsonNull.INSTANCE)
                .build();
    }

    static JsonObject found(String searchedBy, int matches, JsonObject user, ZendeskTickets.Latest tickets) {
        JsonObject.Builder kept = JsonObject.builder();
        USER_FIELDS.forEach(field -> kept.put(field, JsonRead.at(user, field).orElse(null)));
        return JsonObject.builder()
                .put("found", JsonBoolean.TRUE)
                .put("matches", JsonNumber.of(matches))
                .put("searchedBy", searchedBy)
                .put("user", kept.build())
                .put(
                        "tickets",
                        new JsonArray(tickets.tickets().stream()
                                .<JsonValue>map(ZendeskDocument::ticket)
                                .toList()))
                .put("moreTickets", JsonBoolean.of(tickets.more()))
                .put("ticketSummary", summary(tickets))
                .build();
    }

    private static JsonObject ticket(JsonObject ticket) {
        JsonObject.Builder kept = JsonObject.builder();
        for (String field : List.of("id", "subject", "status", "priority", "updated_at")) {
            kept.put(field, JsonRead.at(ticket, field).orElse(null));
        }
        return kept.put("open", JsonBoolean.of(isOpen(ticket))).build();
    }

    private static boolean isOpen(JsonObject ticket) {
        return !CLOSED.contains(JsonRead.text(ticket, "status").orElse(""));
    }

    /** One line for the agent: how many of the latest are open, and the latest one. */
    private static JsonValue summary(ZendeskTickets.Latest tickets) {
        if (tickets.tickets().isEmpty()) {
            return JsonNull.INSTANCE;
        }
        JsonObject latest = tickets.tickets().getFirst();
        long open = tickets.tickets().stream().filter(ZendeskDocument::isOpen).count();
        String state = JsonRead.text(latest, "status").orElse("?")
                + JsonRead.text(latest, "priority")
                        .map(priority -> ", " + priority)
                        .orElse("");
        return new JsonString(open + " open of the latest " + tickets.tickets().size()
                + (tickets.tickets().size() == 1 ? " ticket" : " tickets") + "; latest #"
                + JsonRead.text(latest, "id").orElse("?") + ": "
                + JsonRead.text(latest, "subject").orElse("(no subject)")
                + " (" + state + ")");
    }
}
