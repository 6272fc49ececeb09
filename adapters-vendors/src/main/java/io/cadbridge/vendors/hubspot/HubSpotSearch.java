package io.cadbridge.vendors.hubspot;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.PhoneNumber;
import io.cadbridge.spi.VendorLookup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The contact search ({@code POST /crm/v3/objects/contacts/search}). Filter groups are ORed: the
 * {@code phone} and {@code mobilephone} properties exactly as E.164 (what HubSpot stores once phone
 * validation is on), and the hidden {@code hs_searchable_calculated_phone_number} and
 * {@code _mobile_number}, which hold the national number's digits whatever format was typed. Sorted
 * by {@code lastmodifieddate}, newest first: with several matches the latest edited one is the customer.
 */
final class HubSpotSearch {

    static final String PATH = "/crm/v3/objects/contacts/search";

    /** What the default save reads, and what tells several matches apart. */
    static final List<String> PROPERTIES =
            List.of("firstname", "lastname", "email", "company", "phone", "mobilephone", "lastmodifieddate");

    private static final int PAGE = 10;

    /** A search to send, and what it searched by ({@code phone} or {@code email}). */
    record Query(String searchedBy, JsonObject body) {}

    /** What the search found: how many contacts matched, and the one to show. */
    record Found(int matches, Optional<JsonObject> contact) {}

    private HubSpotSearch() {}

    static Optional<Query> query(VendorLookup lookup, HubSpotSettings settings) {
        if (lookup.phone().isPresent()) {
            return Optional.of(
                    new Query("phone", body(phoneGroups(lookup.phone().get()), settings)));
        }
        return lookup.email().map(email -> new Query("email", body(List.of(group("email", email)), settings)));
    }

    static Found read(JsonValue answer) {
        List<JsonObject> contacts = JsonRead.array(answer, "results").stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .toList();
        int total = JsonRead.integer(answer, "total").orElse(contacts.size());
        // Sorted by HubSpot already; choosing again costs nothing and survives an index that ignores the sort.
        Optional<JsonObject> latest = contacts.stream()
                .max(Comparator.comparing(contact ->
                        JsonRead.text(contact, "properties", "lastmodifieddate").orElse("")));
        return new Found(Math.max(total, contacts.size()), latest);
    }

    private static List<JsonObject> phoneGroups(PhoneNumber phone) {
        return List.of(
                group("phone", phone.e164()),
                group("mobilephone", phone.e164()),
                group("hs_searchable_calculated_phone_number", phone.nationalDigits()),
                group("hs_searchable_calculated_mobile_number", phone.nationalDigits()));
    }

    private static JsonObject group(String property, String value) {
        JsonObject filter = JsonObject.builder()
                .put("propertyName", property)
                .put("operator", "EQ")
                .put("value", value)
                .build();
        return JsonObject.builder()
                .put("filters", new JsonArray(List.of(filter)))
                .build();
    }

    private static JsonObject body(List<JsonObject> groups, HubSpotSettings settings) {
        Set<String> properties = new LinkedHashSet<>(PROPERTIES);
        properties.addAll(settings.contactProperties());
        JsonObject sort = JsonObject.builder()
                .put("propertyName", "lastmodifieddate")
                .put("direction", "DESCENDING")
                .build();
        return JsonObject.builder()
                .put("filterGroups", new JsonArray(new ArrayList<JsonValue>(groups)))
                .put("properties", JsonArray.ofStrings(List.copyOf(properties)))
                .put("sorts", new JsonArray(List.of(sort)))
                .put("limit", JsonNumber.of(PAGE))
                .build();
    }
}
