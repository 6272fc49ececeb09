package io.cadbridge.vendors.zendesk;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorLookup;
import io.cadbridge.spi.VendorRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The end-user search ({@code GET /api/v2/search.json}). By phone: {@code phone:*<national digits>},
 * digits only as Zendesk's Talk guidance says, and the leading {@code *} makes it a suffix match, so
 * {@code +1 415-555-1212}, {@code (415) 555-1212} and {@code 4155551212} all match. By e-mail:
 * {@code email:<address>}. Newest update first: with several matches the latest updated is the customer.
 */
final class ZendeskSearch {

    static final String PATH = "/api/v2/search.json";

    /** An address the search syntax can carry as one term: no spaces, quotes or parentheses. */
    private static final Pattern PLAIN_EMAIL = Pattern.compile("[^\\s\"()@]+@[^\\s\"()@]+");

    /** A search to send, and what it searched by ({@code phone} or {@code email}). */
    record Query(String searchedBy, VendorRequest request) {}

    /** What the search found: how many end users matched, and the one to show. */
    record Found(int matches, Optional<JsonObject> user) {}

    private ZendeskSearch() {}

    static Optional<Query> query(VendorLookup lookup) {
        if (lookup.phone().isPresent()) {
            return Optional.of(
                    new Query("phone", request("phone:*" + lookup.phone().get().nationalDigits())));
        }
        return lookup.email()
                .filter(email -> PLAIN_EMAIL.matcher(email).matches())
                .map(email -> new Query("email", request("email:" + email)));
    }

    static Found read(JsonValue answer) {
        List<JsonObject> users = JsonRead.array(answer, "results").stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .filter(result ->
                        JsonRead.text(result, "result_type").orElse("user").equals("user"))
                .toList();
        int count = JsonRead.integer(answer, "count").orElse(users.size());
        Optional<JsonObject> latest = users.stream()
                .max(Comparator.comparing(
                        user -> JsonRead.text(user, "updated_at").orElse("")));
        return new Found(Math.max(count, users.size()), latest);
    }

    private static VendorRequest request(String term) {
        return VendorRequest.get("end-user search", PATH)
                .withQuery("query", "type:user role:end-user " + term)
                .withQuery("sort_by", "updated_at")
                .withQuery("sort_order", "desc");
    }
}
