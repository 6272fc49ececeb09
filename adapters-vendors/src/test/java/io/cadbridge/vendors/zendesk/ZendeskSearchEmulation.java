package io.cadbridge.vendors.zendesk;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The subset of Zendesk's search syntax an end-user lookup uses
 * (developer.zendesk.com/api-reference/ticketing/ticket-management/search/): {@code type:user},
 * {@code role:<role>}, {@code email:<address>} (exact, any case) and {@code phone:<digits>}, which
 * Zendesk matches on the digits of the stored number: exactly, or as a suffix with a leading
 * {@code *}. Other terms are refused (the real search would run a full-text match the fake cannot
 * emulate). Sorted by {@code sort_by}/{@code sort_order}; 100 per page and page 11 refused with 422.
 */
final class ZendeskSearchEmulation {

    private static final int PER_PAGE = 100;
    private static final int MAX_PAGES = 10;

    private ZendeskSearchEmulation() {}

    /** @throws IllegalArgumentException for a query term the fake does not know */
    static List<JsonObject> matching(List<JsonObject> users, String query) {
        Predicate<JsonObject> all = user -> true;
        for (String term : query.strip().split("\\s+")) {
            all = all.and(term(term));
        }
        return users.stream().filter(all).toList();
    }

    static JsonObject page(List<JsonObject> matches, String sortBy, String sortOrder, int page) {
        Comparator<JsonObject> order =
                Comparator.comparing(user -> JsonRead.text(user, sortBy).orElse(""));
        List<JsonValue> results = matches.stream()
                .sorted(sortOrder.equals("desc") ? order.reversed() : order)
                .skip((long) (page - 1) * PER_PAGE)
                .limit(PER_PAGE)
                .<JsonValue>map(user -> user.with("result_type", new io.cadbridge.json.JsonString("user")))
                .toList();
        return JsonObject.builder()
                .put("results", new io.cadbridge.json.JsonArray(results))
                .put("facets", (String) null)
                .put(
                        "next_page",
                        page * PER_PAGE < matches.size()
                                ? "https://fake.zendesk/api/v2/search.json?page=" + (page + 1)
                                : null)
                .put("previous_page", (String) null)
                .put("count", JsonNumber.of(matches.size()))
                .build();
    }

    static boolean pageAllowed(int page) {
        return page >= 1 && page <= MAX_PAGES;
    }

    private static Predicate<JsonObject> term(String term) {
        int colon = term.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("the fake Zendesk search knows property:value terms only: " + term);
        }
        String property = term.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = term.substring(colon + 1);
        return switch (property) {
            case "type" -> {
                if (!value.equals("user")) {
                    throw new IllegalArgumentException("the fake Zendesk searches users only: " + term);
                }
                yield user -> true;
            }
            case "role" ->
                user -> JsonRead.text(user, "role")
                        .filter(value::equalsIgnoreCase)
                        .isPresent();
            case "email" ->
                user -> JsonRead.text(user, "email")
                        .filter(value::equalsIgnoreCase)
                        .isPresent();
            case "phone" -> phone(value);
            default -> throw new IllegalArgumentException("the fake Zendesk search does not know " + property);
        };
    }

    private static Predicate<JsonObject> phone(String value) {
        boolean suffix = value.startsWith("*");
        String wanted = value.replace("*", "");
        if (!wanted.matches("\\d+")) {
            // Zendesk indexes the digits of a number; a "+" or punctuation in the query finds nothing.
            return user -> false;
        }
        return user -> JsonRead.text(user, "phone")
                .map(stored -> stored.replaceAll("[^0-9]", ""))
                .filter(digits -> suffix ? digits.endsWith(wanted) : digits.equals(wanted))
                .isPresent();
    }
}
