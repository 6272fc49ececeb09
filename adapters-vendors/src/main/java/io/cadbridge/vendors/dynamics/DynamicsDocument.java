package io.cadbridge.vendors.dynamics;

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
 *  "account": {"id", "name"} | null,
 *  "cases": [{"id", "number", "subject", "status", "priority", "created"}], "openCases": 1,
 *  "caseSummary": "1 open case; latest CAS-01026-Z3B4: Printer on fire (In Progress, High)" | null}
 * }</pre>
 *
 * Status and priority are their labels ({@code FormattedValue}); the company is the contact's parent
 * customer. With several matches the most recently modified contact is shown.
 */
final class DynamicsDocument {

    private DynamicsDocument() {}

    /** The attached data saved when the integration has no {@code response.save}. */
    static JsonObject defaultSave() {
        return JsonObject.builder()
                .put(
                        "customer_data",
                        JsonObject.builder()
                                .put("id", "{response.body.contact.id}")
                                .put("firstname", "{response.body.contact.firstname}")
                                .put("lastname", "{response.body.contact.lastname}")
                                .put("email", "{response.body.contact.email}")
                                .put("company", "{response.body.contact.company}")
                                .put("phone", "{response.body.contact.phone ?? response.body.contact.mobilephone}")
                                .build())
                .put("customer_matches", "{response.body.matches}")
                .put("customer_tickets", "{response.body.caseSummary}")
                .build();
    }

    /**
     * @param answer the Web API's answer; an empty object when nothing was asked
     * @param searchedBy {@code phone} or {@code email}; empty when the event had neither
     * @param maxCases how many active cases were asked for (0: none, and no summary)
     */
    static JsonObject of(JsonValue answer, Optional<String> searchedBy, int maxCases) {
        List<JsonValue> contacts = JsonRead.array(answer, "value");
        int count = Math.max(
                contacts.size(), JsonRead.integer(answer, "@odata.count").orElse(0));
        Optional<JsonValue> first = contacts.stream().findFirst();
        List<JsonValue> cases = first.map(contact -> JsonRead.array(contact, DynamicsQuery.CASES))
                .orElse(List.of());
        return CustomerDocument.of(
                count,
                searchedBy,
                first.map(DynamicsDocument::contact).orElse(JsonNull.INSTANCE),
                first.map(DynamicsDocument::account).orElse(JsonNull.INSTANCE),
                cases.stream().map(DynamicsDocument::caseOf).toList(),
                maxCases);
    }

    private static JsonValue contact(JsonValue record) {
        return JsonObject.builder()
                .put("id", JsonRead.textOrNull(record, "contactid"))
                .put("name", JsonRead.textOrNull(record, "fullname"))
                .put("firstname", JsonRead.textOrNull(record, "firstname"))
                .put("lastname", JsonRead.textOrNull(record, "lastname"))
                .put("email", JsonRead.textOrNull(record, "emailaddress1"))
                .put("phone", JsonRead.textOrNull(record, "telephone1"))
                .put("mobilephone", JsonRead.textOrNull(record, "mobilephone"))
                .put(
                        "company",
                        FormattedValues.label(record, "_parentcustomerid_value").orElse(null))
                .put("accountId", JsonRead.textOrNull(record, "_parentcustomerid_value"))
                .build();
    }

    private static JsonValue account(JsonValue record) {
        if (JsonRead.text(record, "_parentcustomerid_value").isEmpty()) {
            return JsonNull.INSTANCE;
        }
        return JsonObject.builder()
                .put("id", JsonRead.textOrNull(record, "_parentcustomerid_value"))
                .put(
                        "name",
                        FormattedValues.label(record, "_parentcustomerid_value").orElse(null))
                .build();
    }

    private static JsonValue caseOf(JsonValue record) {
        return JsonObject.builder()
                .put("id", JsonRead.textOrNull(record, "incidentid"))
                .put("number", JsonRead.textOrNull(record, "ticketnumber"))
                .put("subject", JsonRead.textOrNull(record, "title"))
                .put("status", FormattedValues.labelOrValue(record, "statuscode"))
                .put("priority", FormattedValues.labelOrValue(record, "prioritycode"))
                .put("created", JsonRead.textOrNull(record, "createdon"))
                .build();
    }
}
