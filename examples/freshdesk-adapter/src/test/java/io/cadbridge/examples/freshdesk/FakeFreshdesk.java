package io.cadbridge.examples.freshdesk;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A fake Freshdesk API v2 on loopback, for the example plugin's contract test and the service's
 * end-to-end test: HTTP Basic with the agent's API key as user name and {@code X} as password;
 * {@code GET /api/v2/contacts} filtered by {@code phone}, {@code mobile} or {@code email} — an exact
 * match on the stored text, as Freshdesk's list filters are (the e-mail address in any case);
 * {@code GET /api/v2/tickets?requester_id=…} newest first with {@code per_page} at most 100; and
 * Freshdesk's 401 and 400 bodies. Ids are numbers, as Freshdesk's are. It must not use the plugin's
 * own classes: the service's test loads this fake but must not see the plugin on its class path.
 */
public final class FakeFreshdesk extends FakeVendorServer {

    /** Freshdesk's ticket statuses: 2 Open, 3 Pending, 4 Resolved, 5 Closed. */
    public static final int OPEN = 2;

    public static final int CLOSED = 5;

    private static final Set<String> CONTACT_FILTERS = Set.of("phone", "mobile", "email", "page", "per_page");
    private static final Set<String> TICKET_FILTERS =
            Set.of("requester_id", "order_by", "order_type", "page", "per_page");
    private static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

    private final String authorization;
    private final AtomicLong ids = new AtomicLong(43_000_712_000L);
    private final List<JsonObject> contacts = new CopyOnWriteArrayList<>();
    private final List<JsonObject> tickets = new CopyOnWriteArrayList<>();

    /** A Freshdesk that accepts {@code apiKey}; {@link #start()} it. */
    public FakeFreshdesk(String apiKey) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((apiKey + ":X").getBytes(StandardCharsets.UTF_8));
    }

    /** Stores a contact, phone and mobile exactly as typed (either may be null); returns its id. */
    public String addContact(String name, String email, String phone, String mobile) {
        long id = ids.addAndGet(17);
        contacts.add(JsonObject.builder()
                .put("id", JsonNumber.of(id))
                .put("name", name)
                .put("email", email)
                .put("phone", phone)
                .put("mobile", mobile)
                .put("active", JsonBoolean.TRUE)
                .put("created_at", EPOCH.plusSeconds(id % 10_000).toString())
                .build());
        return Long.toString(id);
    }

    /** Stores the contract's customer with its number in {@code phone}. */
    public String addContact(TestCustomer customer) {
        return addContact(customer.name(), customer.email(), customer.phone(), null);
    }

    /** Stores a ticket the contact requested, newer than every ticket before it; returns its id. */
    public String addTicket(String requesterId, String subject, int status) {
        long id = ids.addAndGet(3);
        tickets.add(JsonObject.builder()
                .put("id", JsonNumber.of(id))
                .put("requester_id", JsonNumber.of(Long.parseLong(requesterId)))
                .put("subject", subject)
                .put("status", JsonNumber.of(status))
                .put("priority", JsonNumber.of(2))
                .put(
                        "created_at",
                        EPOCH.plusSeconds(60 * (id - 43_000_712_000L)).toString())
                .build());
        return Long.toString(id);
    }

    @Override
    protected void resetData() {
        contacts.clear();
        tickets.clear();
    }

    @Override
    protected boolean authorized(RecordedRequest request) {
        return request.header("Authorization").filter(authorization::equals).isPresent();
    }

    @Override
    protected FakeResponse unauthorized() {
        return FakeResponse.json(
                401,
                "{\"code\":\"invalid_credentials\",\"message\":\"You have to be logged in to perform this action.\"}");
    }

    @Override
    protected String throttleBody() {
        return "{\"message\":\"You have exceeded the limit of requests per minute\"}";
    }

    @Override
    protected FakeResponse route(RecordedRequest request) {
        if (request.method().equals("GET") && request.path().equals("/api/v2/contacts")) {
            return filtered(request, CONTACT_FILTERS, contacts(request));
        }
        if (request.method().equals("GET") && request.path().equals("/api/v2/tickets")) {
            return filtered(request, TICKET_FILTERS, tickets(request));
        }
        return FakeResponse.json(404, "{\"code\":\"not_found\",\"message\":\"Record not found\"}");
    }

    private List<JsonValue> contacts(RecordedRequest request) {
        Predicate<JsonObject> matches = contact -> true;
        for (String field : List.of("phone", "mobile")) {
            String wanted = request.queryParameter(field).orElse(null);
            if (wanted != null) {
                matches = matches.and(contact ->
                        JsonRead.text(contact, field).filter(wanted::equals).isPresent());
            }
        }
        String email = request.queryParameter("email")
                .map(text -> text.toLowerCase(Locale.ROOT))
                .orElse(null);
        if (email != null) {
            matches = matches.and(contact -> JsonRead.text(contact, "email")
                    .filter(stored -> stored.toLowerCase(Locale.ROOT).equals(email))
                    .isPresent());
        }
        return contacts.stream()
                .filter(matches)
                .<JsonValue>map(contact -> contact)
                .toList();
    }

    private List<JsonValue> tickets(RecordedRequest request) {
        String requester = request.queryParameter("requester_id").orElse(null);
        Comparator<JsonObject> newestFirst = Comparator.comparing((JsonObject ticket) ->
                        JsonRead.text(ticket, "created_at").orElse(""))
                .reversed();
        return tickets.stream()
                .filter(ticket -> requester == null
                        || JsonRead.text(ticket, "requester_id")
                                .filter(requester::equals)
                                .isPresent())
                .sorted(
                        request.queryParameter("order_type").orElse("desc").equals("asc")
                                ? newestFirst.reversed()
                                : newestFirst)
                .<JsonValue>map(ticket -> ticket)
                .toList();
    }

    /** Freshdesk refuses an unknown filter with a 400; {@code per_page} is 1 to 100 (30 by default). */
    private static FakeResponse filtered(RecordedRequest request, Set<String> allowed, List<JsonValue> all) {
        for (String name : request.query().keySet()) {
            if (!allowed.contains(name)) {
                return invalidField(name, "Unexpected/invalid field in request");
            }
        }
        int perPage;
        try {
            perPage = Integer.parseInt(request.queryParameter("per_page").orElse("30"));
        } catch (NumberFormatException notANumber) {
            return invalidField("per_page", "It should be a/an Positive Integer");
        }
        if (perPage < 1 || perPage > 100) {
            return invalidField("per_page", "Has to be less than or equal to 100");
        }
        return FakeResponse.json(200, new JsonArray(all.stream().limit(perPage).toList()));
    }

    private static FakeResponse invalidField(String field, String message) {
        return FakeResponse.json(
                400,
                "{\"description\":\"Validation failed\",\"errors\":[{\"field\":\"" + field + "\",\"message\":\""
                        + message + "\",\"code\":\"invalid_value\"}]}");
    }
}
