package io.cadbridge.vendors.hubspot;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonValue;
import io.cadbridge.testkit.FakeResponse;
import io.cadbridge.testkit.FakeVendorServer;
import io.cadbridge.testkit.RecordedRequest;
import io.cadbridge.testkit.TestCustomer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake HubSpot API: the private app token as a bearer token, the contact search
 * ({@link HubSpotSearchEmulation}), v4 contact-to-ticket associations and the tickets batch read, and
 * HubSpot's 401 and 429 bodies (the 429 names its {@code policyName}). Values are strings, as HubSpot
 * sends them; ids grow, and each record is modified a minute after the previous one. Public, in this
 * module's test-jar, for the service's end-to-end test ({@code BuiltInVendorEndToEndTest}).
 */
public final class FakeHubSpot extends FakeVendorServer {

    private static final Pattern ASSOCIATIONS = Pattern.compile("/crm/v4/objects/contacts/(\\d+)/associations/tickets");
    private static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

    private final String token;
    private final AtomicLong ids = new AtomicLong(51_000);
    private final Map<String, Map<String, String>> contacts = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> tickets = new ConcurrentHashMap<>();
    private final Map<String, List<String>> ticketsOf = new ConcurrentHashMap<>();
    private volatile String policyName = "SECONDLY";

    /** A HubSpot that accepts the private app token {@code token}; {@link #start()} it. */
    public FakeHubSpot(String token) {
        this.token = token;
    }

    /** Stores a contact with these properties (strings, as typed in HubSpot); returns its id. */
    public String addContact(Map<String, String> properties) {
        String id = Long.toString(ids.incrementAndGet());
        Map<String, String> contact = new LinkedHashMap<>(properties);
        contact.put("hs_object_id", id);
        contact.putIfAbsent("createdate", next().toString());
        contact.putIfAbsent("lastmodifieddate", next().toString());
        contacts.put(id, contact);
        return id;
    }

    /** Stores the customer's names, e-mail address, company and phone (as given); returns its id. */
    public String addContact(TestCustomer customer) {
        return addContact(Map.of(
                "firstname", customer.firstName(),
                "lastname", customer.lastName(),
                "email", customer.email(),
                "company", customer.company(),
                "phone", customer.phone()));
    }

    /** Stores a ticket associated with the contact; {@code closed} gives it a {@code closed_date}. */
    public String addTicket(String contactId, String subject, String priority, boolean closed) {
        String id = Long.toString(ids.incrementAndGet());
        Map<String, String> ticket = new LinkedHashMap<>(
                Map.of("subject", subject, "hs_ticket_priority", priority, "hs_pipeline_stage", closed ? "4" : "1"));
        ticket.put("createdate", next().toString());
        if (closed) {
            ticket.put("closed_date", next().toString());
        }
        tickets.put(id, ticket);
        ticketsOf.computeIfAbsent(contactId, key -> new ArrayList<>()).add(id);
        return id;
    }

    /** The {@code policyName} of the next 429s ({@code SECONDLY}, {@code DAILY}, …). */
    void throttlePolicy(String policy) {
        policyName = policy;
    }

    @Override
    protected void resetData() {
        contacts.clear();
        tickets.clear();
        ticketsOf.clear();
        policyName = "SECONDLY";
    }

    @Override
    protected boolean authorized(RecordedRequest request) {
        return bearerToken(request).filter(token::equals).isPresent();
    }

    @Override
    protected FakeResponse unauthorized() {
        return FakeResponse.json(
                401,
                "{\"status\":\"error\",\"message\":\"Authentication credentials not found.\","
                        + "\"correlationId\":\"4c9e1f7a\",\"category\":\"INVALID_AUTHENTICATION\"}");
    }

    @Override
    protected String throttleBody() {
        return "{\"status\":\"error\",\"message\":\"You have reached your " + policyName.toLowerCase() + " limit.\","
                + "\"errorType\":\"RATE_LIMIT\",\"correlationId\":\"c033cdaa\",\"policyName\":\"" + policyName
                + "\",\"groupName\":\"publicapi:private-app:search\"}";
    }

    @Override
    protected FakeResponse route(RecordedRequest request) {
        Matcher associations = ASSOCIATIONS.matcher(request.path());
        if (request.method().equals("POST") && request.path().equals("/crm/v3/objects/contacts/search")) {
            return FakeResponse.json(200, HubSpotSearchEmulation.search(contacts, request.json()));
        }
        if (request.method().equals("GET") && associations.matches()) {
            return FakeResponse.json(200, associations(associations.group(1)));
        }
        if (request.method().equals("POST") && request.path().equals("/crm/v3/objects/tickets/batch/read")) {
            return FakeResponse.json(200, batchRead(request.json()));
        }
        return FakeResponse.json(
                404, "{\"status\":\"error\",\"message\":\"Unable to route request\",\"category\":\"NOT_FOUND\"}");
    }

    /** One search result or batch-read record: id, the asked properties (null when unset) and timestamps. */
    static JsonObject record(String id, Map<String, String> values, List<String> asked) {
        JsonObject.Builder properties = JsonObject.builder();
        List<String> names = new ArrayList<>(List.of("createdate", "hs_object_id", "lastmodifieddate"));
        names.addAll(asked);
        names.forEach(name ->
                properties.put(name, HubSpotSearchEmulation.value(values, name).orElse(null)));
        return JsonObject.builder()
                .put("id", id)
                .put("properties", properties.build())
                .put("createdAt", values.getOrDefault("createdate", EPOCH.toString()))
                .put("archived", JsonBoolean.FALSE)
                .build();
    }

    private JsonObject associations(String contactId) {
        List<JsonValue> results = ticketsOf.getOrDefault(contactId, List.of()).stream()
                .<JsonValue>map(ticketId -> JsonObject.builder()
                        .put("toObjectId", JsonNumber.of(Long.parseLong(ticketId)))
                        .put("associationTypes", JsonArray.EMPTY)
                        .build())
                .toList();
        return JsonObject.builder().put("results", new JsonArray(results)).build();
    }

    private JsonObject batchRead(JsonValue body) {
        List<String> asked = JsonRead.array(body, "properties").stream()
                .flatMap(value -> JsonRead.text(value).stream())
                .toList();
        List<JsonValue> results = JsonRead.array(body, "inputs").stream()
                .flatMap(input -> JsonRead.text(input, "id").stream())
                .filter(tickets::containsKey)
                .<JsonValue>map(id -> record(id, tickets.get(id), asked))
                .toList();
        return JsonObject.builder()
                .put("status", "COMPLETE")
                .put("results", new JsonArray(results))
                .build();
    }

    private Instant next() {
        return EPOCH.plusSeconds(60 * ids.incrementAndGet());
    }
}
