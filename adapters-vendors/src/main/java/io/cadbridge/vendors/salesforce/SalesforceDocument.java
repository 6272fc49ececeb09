package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.List;

/**
 * The document the integration's {@code response} reads as {@code {response.body}}:
 *
 * <pre>{@code
 * {"found": true, "matches": 1,
 *  "contact": {"id", "name", "firstname", "lastname", "email", "phone", "mobilephone", "company", "accountId"} | null,
 *  "account": {"id", "name", "phone"} | null,
 *  "cases": [{"id", "number", "subject", "status", "priority", "created"}], "openCases": 1}
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
                .put(
                        "customer_cases",
                        JsonObject.builder()
                                .put("open", "{response.body.openCases}")
                                .put("latest_number", "{response.body.cases[0].number}")
                                .put("latest_subject", "{response.body.cases[0].subject}")
                                .put("latest_status", "{response.body.cases[0].status}")
                                .build())
                .build();
    }

    static JsonObject of(SalesforceMatches matches, List<JsonValue> cases) {
        int count = matches.count();
        JsonValue contact = matches.contact().map(SalesforceDocument::contact).orElse(JsonNull.INSTANCE);
        JsonValue account = matches.contact()
                .map(SalesforceDocument::accountOfContact)
                .or(() -> matches.account().map(SalesforceDocument::account))
                .orElse(JsonNull.INSTANCE);
        return JsonObject.builder()
                .put("found", JsonBoolean.of(count > 0))
                .put("matches", JsonNumber.of(count))
                .put("contact", contact)
                .put("account", account)
                .put(
                        "cases",
                        new JsonArray(
                                cases.stream().map(SalesforceDocument::caseOf).toList()))
                .put("openCases", JsonNumber.of(cases.size()))
                .build();
    }

    private static JsonValue contact(JsonValue record) {
        return JsonObject.builder()
                .put("id", Members.textOrNull(record, "Id"))
                .put("name", Members.textOrNull(record, "Name"))
                .put("firstname", Members.textOrNull(record, "FirstName"))
                .put("lastname", Members.textOrNull(record, "LastName"))
                .put("email", Members.textOrNull(record, "Email"))
                .put("phone", Members.textOrNull(record, "Phone"))
                .put("mobilephone", Members.textOrNull(record, "MobilePhone"))
                .put("company", Members.textOrNull(record, "Account.Name"))
                .put("accountId", Members.textOrNull(record, "AccountId"))
                .build();
    }

    private static JsonValue accountOfContact(JsonValue contact) {
        if (Members.text(contact, "AccountId").isEmpty()) {
            return JsonNull.INSTANCE;
        }
        return JsonObject.builder()
                .put("id", Members.textOrNull(contact, "AccountId"))
                .put("name", Members.textOrNull(contact, "Account.Name"))
                .put("phone", JsonNull.INSTANCE)
                .build();
    }

    private static JsonValue account(JsonValue record) {
        return JsonObject.builder()
                .put("id", Members.textOrNull(record, "Id"))
                .put("name", Members.textOrNull(record, "Name"))
                .put("phone", Members.textOrNull(record, "Phone"))
                .build();
    }

    private static JsonValue caseOf(JsonValue record) {
        return JsonObject.builder()
                .put("id", Members.textOrNull(record, "Id"))
                .put("number", Members.textOrNull(record, "CaseNumber"))
                .put("subject", Members.textOrNull(record, "Subject"))
                .put("status", Members.textOrNull(record, "Status"))
                .put("priority", Members.textOrNull(record, "Priority"))
                .put("created", Members.textOrNull(record, "CreatedDate"))
                .build();
    }
}
