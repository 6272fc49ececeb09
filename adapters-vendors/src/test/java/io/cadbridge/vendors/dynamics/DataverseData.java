package io.cadbridge.vendors.dynamics;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake environment's rows, with Dataverse's column names: contacts, the accounts they belong to
 * (their names are what the FormattedValue annotation shows) and incidents (cases). Every row added is
 * modified (or created) one minute after the one before, so "newest" is the order of adding.
 */
final class DataverseData {

    /** Case status codes and their labels (statecode 0, active: 1 In Progress, 2 On Hold; 1, resolved: 5 Problem Solved). */
    static final Map<Integer, String> STATUS = Map.of(1, "In Progress", 2, "On Hold", 5, "Problem Solved");

    static final Map<Integer, String> PRIORITY = Map.of(1, "High", 2, "Normal", 3, "Low");

    private static final Instant EPOCH = Instant.parse("2025-01-06T09:00:00Z");

    private final List<JsonObject> contacts = new ArrayList<>();
    private final List<JsonObject> incidents = new ArrayList<>();
    private final Map<String, String> accountNames = new HashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    synchronized String addAccount(String name) {
        String id = UUID.randomUUID().toString();
        accountNames.put(id, name);
        return id;
    }

    /** A contact; {@code phones} are column and stored value pairs ({@code "telephone1", "+1 415-555-1212"}). */
    synchronized String addContact(
            String firstName, String lastName, String email, String accountId, String... phones) {
        String id = UUID.randomUUID().toString();
        JsonObject.Builder row = JsonObject.builder()
                .put("contactid", id)
                .put("fullname", firstName + " " + lastName)
                .put("firstname", firstName)
                .put("lastname", lastName)
                .put("emailaddress1", email)
                .put("telephone1", (String) null)
                .put("telephone2", (String) null)
                .put("mobilephone", (String) null)
                .put("_parentcustomerid_value", accountId)
                .put("modifiedon", timestamp());
        for (int i = 0; i + 1 < phones.length; i += 2) {
            row.put(phones[i], phones[i + 1]);
        }
        contacts.add(row.build());
        return id;
    }

    /** A case of a contact; {@code statuscode} 1 or 2 is active (statecode 0), 5 is resolved (statecode 1). */
    synchronized String addCase(String contactId, String title, int statuscode, int prioritycode) {
        String id = UUID.randomUUID().toString();
        incidents.add(JsonObject.builder()
                .put("incidentid", id)
                .put("ticketnumber", String.format("CAS-%05d-F4K3", 1000 + incidents.size()))
                .put("title", title)
                .put("statuscode", JsonNumber.of(statuscode))
                .put("prioritycode", JsonNumber.of(prioritycode))
                .put("statecode", JsonNumber.of(statuscode == 5 ? 1 : 0))
                .put("_customerid_value", contactId)
                .put("createdon", timestamp())
                .build());
        return id;
    }

    synchronized List<JsonObject> contacts() {
        return List.copyOf(contacts);
    }

    synchronized List<JsonObject> incidentsOf(String contactId) {
        return incidents.stream()
                .filter(row -> FakeODataFilter.text(row, "_customerid_value").equals(contactId))
                .toList();
    }

    synchronized Optional<String> accountName(String id) {
        return Optional.ofNullable(accountNames.get(id));
    }

    synchronized void clear() {
        contacts.clear();
        incidents.clear();
        accountNames.clear();
    }

    private String timestamp() {
        return EPOCH.plusSeconds(60L * sequence.incrementAndGet()).toString();
    }
}
