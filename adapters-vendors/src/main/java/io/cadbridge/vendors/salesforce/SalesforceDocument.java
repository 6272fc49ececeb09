package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.vendors.common.CustomerDocument;
import java.util.List;
import java.util.Optional;

/**
 * The document the integration's {@code response} reads as {@code {response.body}}:
 *
 * <pre>{@code
 * {"found": true, "matches": 1, "searchedBy": "phone" | "email" | null,
 *  "contact": {"id", "name", "firstname", "lastname", "email", "phone", "mobilephone", "company", "accountId"} | null,
 *  "account": {"id", "name", "phone"} | null,
 *  "cases": [{"id", "number", "subject", "status", "priority", "created"}], "openCases": 1,
 *  "caseSummary": "1 open case; latest 00001026: Printer on fire (New, High)" | null}
 * }</pre>
 *
 * With several matches, the most recently modified record is shown and {@code matches} says how many
 * there were (counted up to {@link SalesforceQueries#MAX_MATCHES}).
 */
final class SalesforceDocument {

    private SalesforceDocument() {}

    /** The attached data saved when the integration has no {@code response.save}. */
    static JsonObject defaultSave() {
        return JsonObject.builder()
                .put(
                        "customer_data",
                        JsonObject.builder()
                                .put("id", "{response.body.contact.id ?? response.body.account.id}")
                                .put("firstname", "{response.body.contact.firstname}")
                                .put("lastname", "{response.body.contact.lastname}")
                                .put("email", "{response.body.contact.email}")
                                .put("company", "{response.body.account.name}")
                                .put(
                                        "phone",
                                        "{response.body.contact.phone ?? response.body.contact.mobilephone"
                                                + " ?? response.body.account.phone}")
                                .build())
                .put("customer_matches", "{response.body.matches}")
                .put("customer_tickets", "{response.body.caseSummary}")
                .build();
    }

    /**
     * @param searchedBy {@code phone} or {@code email}; empty when the event had neither
     * @param maxCases how many open cases were asked for (0: none, and no summary)
     */
    static JsonObject of(SalesforceMatches matches, List<JsonValue> cases, Optional<String> searchedBy, int maxCases) {
        int count = matches.count();
        JsonValue contact = matches.contact().map(SalesforceDocument::contact).orElse(JsonNull.INSTANCE);
        JsonValue account = matches.contact()
                .map(SalesforceDocument::accountOfContact)
                .or(() -> matches.account().map(SalesforceDocument::account))
                .orElse(JsonNull.INSTANCE);
        return CustomerDocument.of(
                count,
                searchedBy,
                contact,
                account,
                cases.stream().map(SalesforceDocument::caseOf).toList(),
                maxCases);
    }

    private static JsonValue contact(JsonValue record) {
        return JsonObject.builder()
                .put("id", JsonRead.textOrNull(record, "Id"))
                .put("name", JsonRead.textOrNull(record, "Name"))
                .put("firstname", JsonRead.textOrNull(record, "FirstName"))
                .put("lastname", JsonRead.textOrNull(record, "LastName"))
                .put("email", JsonRead.textOrNull(record, "Email"))
                .put("phone", JsonRead.textOrNull(record, "Phone"))
                .put("mobilephone", JsonRead.textOrNull(record, "MobilePhone"))
                .put("company", JsonRead.textOrNull(record, "Account", "Name"))
                .put("accountId", JsonRead.textOrNull(record, "AccountId"))
                .build();
    }

    private static JsonValue accountOfContact(JsonValue contact) {
        if (JsonRead.text(contact, "AccountId").isEmpty()) {
            return JsonNull.INSTANCE;
        }
        return JsonObject.builder()
                .put("id", JsonRead.textOrNull(contact, "AccountId"))
                .put("name", JsonRead.textOrNull(contact, "Account", "Name"))
                .put("phone", JsonNull.INSTANCE)
                .build();
    }

    private static JsonValue account(JsonValue record) {
        return JsonObject.builder()
                .put("id", JsonRead.textOrNull(record, "Id"))
                .put("name", JsonRead.textOrNull(record, "Name"))
                .put("phone", JsonRead.textOrNull(record, "Phone"))
                .build();
    }

    private static JsonValue caseOf(JsonValue record) {
        return JsonObject.builder()
                .put("id", JsonRead.textOrNull(record, "Id"))
                .put("number", JsonRead.textOrNull(record, "CaseNumber"))
                .put("subject", JsonRead.textOrNull(record, "Subject"))
                .put("status", JsonRead.textOrNull(record, "Status"))
                .put("priority", JsonRead.textOrNull(record, "Priority"))
                .put("created", JsonRead.textOrNull(record, "CreatedDate"))
                .build();
    }
}
