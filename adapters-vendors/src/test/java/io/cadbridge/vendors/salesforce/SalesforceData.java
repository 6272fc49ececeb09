package io.cadbridge.vendors.salesforce;

import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake org's records, with Salesforce's field names: contacts, accounts and cases. Every record
 * added is modified (or created) one minute after the one before, so "newest" is the order of adding.
 */
final class SalesforceData {

    private static final Instant EPOCH = Instant.parse("2025-01-06T09:00:00Z");

    private final List<JsonObject> contacts = new ArrayList<>();
    private final List<JsonObject> accounts = new ArrayList<>();
    private final List<JsonObject> cases = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();

    synchronized String addAccount(String name, String phone) {
        String id = id("001");
        accounts.add(JsonObject.builder()
                .put("Id", id)
                .put("Name", name)
                .put("Phone", phone)
                .put("LastModifiedDate", timestamp())
                .build());
        return id;
    }

    synchronized String addContact(
            String firstName, String lastName, String email, String phone, String mobile, String accountId) {
        String id = id("003");
        contacts.add(JsonObject.builder()
                .put("Id", id)
                .put("Name", firstName + " " + lastName)
                .put("FirstName", firstName)
                .put("LastName", lastName)
                .put("Email", email)
                .put("Phone", phone)
                .put("MobilePhone", mobile)
                .put("AccountId", accountId)
                .put("LastModifiedDate", timestamp())
                .build());
        return id;
    }

    synchronized String addCase(String contactId, String accountId, String subject, String status, boolean closed) {
        String id = id("500");
        cases.add(JsonObject.builder()
                .put("Id", id)
                .put("CaseNumber", String.format("%08d", 1000 + cases.size()))
                .put("Subject", subject)
                .put("Status", status)
                .put("Priority", "Medium")
                .put("ContactId", contactId)
                .put("AccountId", accountId)
                .put("IsClosed", JsonBoolean.of(closed))
                .put("CreatedDate", timestamp())
                .build());
        return id;
    }

    synchronized List<JsonObject> contacts() {
        return List.copyOf(contacts);
    }

    synchronized List<JsonObject> accounts() {
        return List.copyOf(accounts);
    }

    synchronized List<JsonObject> cases() {
        return List.copyOf(cases);
    }

    synchronized Optional<JsonObject> account(JsonValue id) {
        return accounts.stream()
                .filter(account -> account.get("Id").orElse(JsonNull.INSTANCE).equals(id))
                .findFirst();
    }

    synchronized void clear() {
        contacts.clear();
        accounts.clear();
        cases.clear();
    }

    private String id(String prefix) {
        return prefix + "5g00000" + String.format("%05d", sequence.incrementAndGet()) + "AAA";
    }

    private String timestamp() {
        return EPOCH.plusSeconds(60L * sequence.incrementAndGet()).toString().replace("Z", ".000+0000");
    }
}
