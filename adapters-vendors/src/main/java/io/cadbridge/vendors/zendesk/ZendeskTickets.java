package io.cadbridge.vendors.zendesk;

import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorHttp;
import io.cadbridge.spi.VendorRequest;
import java.util.List;

/** The end user's latest requested tickets: one page of the cursor-paginated list, newest update first. */
final class ZendeskTickets {

    /** The tickets listed, newest first, and whether the user has more. */
    record Latest(List<JsonObject> tickets, boolean more) {}

    private ZendeskTickets() {}

    static Latest latest(VendorHttp http, String userId, int limit) throws VendorException {
        String purpose = "requested tickets";
        JsonValue answer = ZendeskFailures.body(
                purpose,
                http.send(VendorRequest.get(purpose, "/api/v2/users/" + userId + "/tickets/requested")
                        .withQuery("page[size]", Integer.toString(limit))
                        .withQuery("sort", "-updated_at")));
        List<JsonObject> tickets = JsonRead.array(answer, "tickets").stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .limit(limit)
                .toList();
        boolean more = JsonRead.at(answer, "meta", "has_more")
                .filter(JsonBoolean.TRUE::equals)
                .isPresent();
        return new Latest(tickets, more);
    }
}
