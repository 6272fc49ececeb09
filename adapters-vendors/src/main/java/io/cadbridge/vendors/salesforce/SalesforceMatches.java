package io.cadbridge.vendors.salesforce;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * What one SOSL search found, newest first: contacts and accounts ({@code searchRecords}, each with
 * {@code attributes.type}). A contact is the better match; an account counts only when no contact
 * has the number (a company's switchboard).
 */
record SalesforceMatches(List<JsonValue> contacts, List<JsonValue> accounts) {

    static final SalesforceMatches NONE = new SalesforceMatches(List.of(), List.of());

    SalesforceMatches {
        contacts = List.copyOf(requireNonNull(contacts, "contacts is null"));
        accounts = List.copyOf(requireNonNull(accounts, "accounts is null"));
    }

    static SalesforceMatches of(JsonValue searchAnswer) {
        List<JsonValue> records = JsonRead.array(searchAnswer, "searchRecords");
        return new SalesforceMatches(ofType(records, "Contact"), ofType(records, "Account"));
    }

    private static List<JsonValue> ofType(List<JsonValue> records, String type) {
        return records.stream()
                .filter(record -> JsonRead.text(record, "attributes", "type")
                        .filter(type::equals)
                        .isPresent())
                .toList();
    }

    Optional<JsonValue> contact() {
        return contacts.stream().findFirst();
    }

    /** The matched account, when no contact matched. */
    Optional<JsonValue> account() {
        return contacts.isEmpty() ? accounts.stream().findFirst() : Optional.empty();
    }

    /** How many records matched of the kind that was chosen. */
    int count() {
        return contacts.isEmpty() ? accounts.size() : contacts.size();
    }

    /** Whose cases to read: a contact's ({@code ContactId}) or an account's ({@code AccountId}). */
    record CaseOwner(String field, String id) {}

    /** The chosen record as the owner of the cases to read; empty when nothing matched. */
    Optional<CaseOwner> caseOwner() {
        if (contact().isPresent()) {
            return JsonRead.text(contact().get(), "Id").map(id -> new CaseOwner("ContactId", id));
        }
        return account().flatMap(account -> JsonRead.text(account, "Id")).map(id -> new CaseOwner("AccountId", id));
    }
}
