package io.cadbridge.vendors.hubspot;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HubSpot's CRM search as documented (developers.hubspot.com/docs/api/crm/search): filters in a group
 * are ANDed, groups ORed; at most 5 groups and 18 filters; {@code EQ} on a text property is an exact,
 * case-insensitive match of the stored text (a phone typed {@code (415) 555-1212} does not equal
 * {@code +14155551212}). The hidden {@code hs_searchable_calculated_phone_number} and
 * {@code _mobile_number} hold the national significant number's digits (the country code stripped:
 * +1 415-555-1212 gives 4155551212), which is what makes a format-tolerant search possible.
 */
final class HubSpotSearchEmulation {

    private static final int MAX_GROUPS = 5;
    private static final int MAX_FILTERS = 18;
    private static final int MAX_LIMIT = 200;

    private HubSpotSearchEmulation() {}

    /** The search answer for a request body over {@code contacts} (id → properties). */
    static JsonObject search(Map<String, Map<String, String>> contacts, JsonValue body) {
        List<JsonValue> groups = JsonRead.array(body, "filterGroups");
        long filters = groups.stream()
                .mapToLong(group -> JsonRead.array(group, "filters").size())
                .sum();
        if (groups.size() > MAX_GROUPS || filters > MAX_FILTERS) {
            throw new IllegalArgumentException(
                    "VALIDATION_ERROR: at most " + MAX_GROUPS + " filter groups and " + MAX_FILTERS + " filters");
        }
        List<Map.Entry<String, Map<String, String>>> matches = new ArrayList<>(contacts.entrySet().stream()
                .filter(contact ->
                        groups.isEmpty() || groups.stream().anyMatch(group -> all(group, contact.getValue())))
                .toList());
        JsonRead.array(body, "sorts").stream().findFirst().ifPresent(sort -> sortBy(matches, sort));
        int limit = JsonRead.text(body, "limit").map(Integer::parseInt).orElse(10);
        if (limit > MAX_LIMIT) {
            throw new IllegalArgumentException("VALIDATION_ERROR: limit is at most " + MAX_LIMIT);
        }
        int after = JsonRead.text(body, "after").map(Integer::parseInt).orElse(0);
        List<String> properties = JsonRead.array(body, "properties").stream()
                .map(value -> ((JsonString) value).value())
                .toList();
        List<JsonValue> page = matches.stream()
                .skip(after)
                .limit(limit)
                .<JsonValue>map(contact -> FakeHubSpot.record(contact.getKey(), contact.getValue(), properties))
                .toList();
        JsonObject.Builder answer =
                JsonObject.builder().put("total", JsonNumber.of(matches.size())).put("results", new JsonArray(page));
        if (after + limit < matches.size()) {
            answer.put(
                    "paging",
                    JsonObject.builder()
                            .put(
                                    "next",
                                    JsonObject.builder()
                                            .put("after", Integer.toString(after + limit))
                                            .build())
                            .build());
        }
        return answer.build();
    }

    /** HubSpot's calculated searchable number: the national number's digits (NANP exactly; others approximately). */
    static Optional<String> searchable(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        String digits = stored.replaceAll("[^0-9]", "");
        boolean international = stored.strip().startsWith("+");
        if (international) {
            return Optional.of(
                    digits.startsWith("1") ? digits.substring(1) : digits.substring(Math.min(2, digits.length())));
        }
        // Read in the account's country (the United States here): a leading trunk 1 is not part of the number.
        return Optional.of(digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits);
    }

    private static boolean all(JsonValue group, Map<String, String> contact) {
        return JsonRead.array(group, "filters").stream().allMatch(filter -> matches(filter, contact));
    }

    private static boolean matches(JsonValue filter, Map<String, String> contact) {
        String operator = JsonRead.text(filter, "operator").orElse("");
        if (!operator.equals("EQ")) {
            throw new IllegalArgumentException("the fake supports the EQ operator only, not " + operator);
        }
        String property = JsonRead.text(filter, "propertyName")
                .orElseThrow(() -> new IllegalArgumentException("no propertyName"));
        String value = JsonRead.text(filter, "value").orElseThrow(() -> new IllegalArgumentException("no value"));
        return value(contact, property)
                .filter(stored -> stored.equalsIgnoreCase(value))
                .isPresent();
    }

    static Optional<String> value(Map<String, String> contact, String property) {
        return switch (property) {
            case "hs_searchable_calculated_phone_number" -> searchable(contact.get("phone"));
            case "hs_searchable_calculated_mobile_number" -> searchable(contact.get("mobilephone"));
            default -> Optional.ofNullable(contact.get(property));
        };
    }

    private static void sortBy(List<Map.Entry<String, Map<String, String>>> matches, JsonValue sort) {
        String property = JsonRead.text(sort, "propertyName").orElse("hs_object_id");
        Comparator<Map.Entry<String, Map<String, String>>> order = Comparator.comparing(
                contact -> value(contact.getValue(), property).orElse(""));
        matches.sort(
                JsonRead.text(sort, "direction").orElse("ASCENDING").equals("DESCENDING") ? order.reversed() : order);
    }
}
