package io.cadbridge.vendors.common;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The document the case-keeping adapters (Salesforce, Dynamics 365) return, one shape for both:
 * {@code found}, {@code matches}, {@code searchedBy}, {@code contact}, {@code account}, {@code cases},
 * {@code openCases} and the one-line {@code caseSummary} ({@link CaseSummary}).
 */
public final class CustomerDocument {

    private CustomerDocument() {}

    /**
     * @param matches how many records matched; the contact shown is the most recent of them
     * @param searchedBy {@code phone} or {@code email}; empty when the event had neither
     * @param cases the contact's open cases, already in the document's case shape, newest first
     * @param maxCases how many open cases were asked for (0: none, and no summary)
     */
    public static JsonObject of(
            int matches,
            Optional<String> searchedBy,
            JsonValue contact,
            JsonValue account,
            List<JsonValue> cases,
            int maxCases) {
        return JsonObject.builder()
                .put("found", JsonBoolean.of(matches > 0))
                .put("matches", JsonNumber.of(matches))
                .put("searchedBy", searchedBy.orElse(null))
                .put("contact", contact)
                .put("account", account)
                .put("cases", new JsonArray(cases))
                .put("openCases", JsonNumber.of(cases.size()))
                .put("caseSummary", matches == 0 || maxCases == 0 ? JsonNull.INSTANCE : CaseSummary.of(cases, maxCases))
                .build();
    }
}
