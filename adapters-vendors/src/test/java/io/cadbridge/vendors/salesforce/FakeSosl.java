package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SOSL subset the adapter sends, run against {@link SalesforceData}: {@code FIND {t1 OR t2} IN
 * PHONE|EMAIL FIELDS RETURNING Contact(fields ORDER BY LastModifiedDate DESC LIMIT n), Account(…)}.
 *
 * <p>Phone fields are compared on their digits, whatever the punctuation they were stored with: a
 * term matches a stored number whose digits are the term's or end with them (a number stored with its
 * country code, a {@code 00} international prefix or a trunk {@code 0}). That is how SOSL's phone
 * search is described (research §3); its exact tolerance is still to be checked in a developer org.
 * An unescaped reserved character in a term is refused, as Salesforce refuses a malformed search.
 */
final class FakeSosl {

    private static final Pattern QUERY =
            Pattern.compile("FIND \\{((?:\\\\.|[^\\\\{}])*)\\} IN (PHONE|EMAIL) FIELDS RETURNING (.+)", Pattern.DOTALL);
    private static final Pattern OBJECT =
            Pattern.compile("(Contact|Account)\\(([\\w.,]+)(?: ORDER BY LastModifiedDate DESC)?(?: LIMIT (\\d+))?\\)");
    private static final String RESERVED = "?&|!{}[]()^~*:\"'+-";

    private FakeSosl() {}

    /** @throws IllegalArgumentException for a search outside the subset, which the fake answers with a 400 */
    static JsonObject run(String sosl, SalesforceData data, String apiPath) {
        Matcher query = QUERY.matcher(sosl);
        if (!query.matches()) {
            throw new IllegalArgumentException("MALFORMED_SEARCH: not FIND {…} IN PHONE|EMAIL FIELDS RETURNING …");
        }
        List<String> terms = terms(query.group(1));
        boolean phone = query.group(2).equals("PHONE");
        List<JsonValue> found = new ArrayList<>();
        Matcher object = OBJECT.matcher(query.group(3));
        while (object.find()) {
            String type = object.group(1);
            List<JsonObject> records = type.equals("Contact") ? data.contacts() : data.accounts();
            int limit = object.group(3) == null ? 2000 : Integer.parseInt(object.group(3));
            records.stream()
                    .filter(record -> matches(record, type, terms, phone))
                    .sorted(Comparator.comparing((JsonObject record) -> text(record, "LastModifiedDate"))
                            .reversed())
                    .limit(limit)
                    .forEach(record -> found.add(FakeRecords.select(record, type, object.group(2), data, apiPath)));
        }
        return JsonObject.builder().put("searchRecords", new JsonArray(found)).build();
    }

    private static List<String> terms(String clause) {
        List<String> terms = new ArrayList<>();
        for (String term : clause.split(" OR ")) {
            StringBuilder plain = new StringBuilder();
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (c == '\\' && i + 1 < term.length()) {
                    plain.append(term.charAt(++i));
                } else if (RESERVED.indexOf(c) >= 0) {
                    throw new IllegalArgumentException("MALFORMED_SEARCH: unescaped reserved character " + c);
                } else {
                    plain.append(c);
                }
            }
            terms.add(plain.toString().strip());
        }
        return terms;
    }

    private static boolean matches(JsonObject record, String type, List<String> terms, boolean phone) {
        if (!phone) {
            String email = text(record, "Email").toLowerCase(Locale.ROOT);
            return !email.isEmpty()
                    && terms.stream()
                            .anyMatch(term -> term.toLowerCase(Locale.ROOT).equals(email));
        }
        List<String> fields = type.equals("Contact") ? List.of("Phone", "MobilePhone") : List.of("Phone");
        return fields.stream()
                .map(field -> digits(text(record, field)))
                .filter(stored -> !stored.isEmpty())
                .anyMatch(stored -> terms.stream()
                        .map(FakeSosl::digits)
                        .anyMatch(term -> term.length() >= 7 && stored.endsWith(term)));
    }

    static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    static String text(JsonObject record, String field) {
        JsonValue value = record.get(field).orElse(JsonNull.INSTANCE);
        return value instanceof JsonString string ? string.value() : "";
    }
}
