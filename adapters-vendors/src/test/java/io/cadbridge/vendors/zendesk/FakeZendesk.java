package io.cadbridge.vendors.zendesk;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Zendesk Support API: HTTP Basic with {@code <email>/token:<api token>}, the user search
 * ({@link ZendeskSearchEmulation}), requested tickets with cursor pagination ({@code page[size]} at
 * most 100, {@code sort=-updated_at}, {@code meta.has_more}), and Zendesk's 401 body. Each record is
 * updated a minute after the previous one.
 */
final class FakeZendesk extends FakeVendorServer {

    private static final Pattern REQUESTED = Pattern.compile("/api/v2/users/(\\d+)/tickets/requested");
    private static final Instant EPOCH = Instant.parse("2026-01-05T09:00:00Z");

    private final String authorization;
    private final AtomicLong ids = new AtomicLong(9_012_345);
    private final List<JsonObject> users = new CopyOnWriteArrayList<>();
    private final List<JsonObject> tickets = new CopyOnWriteArrayList<>();

    FakeZendesk(String agentEmail, String apiToken) {
        this.authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString((agentEmail + "/token:" + apiToken).getBytes(StandardCharsets.UTF_8));
    }

    /** Stores an end user; returns its id. */
    String addUser(TestCustomer customer) {
        return addUser(customer.name(), customer.email(), customer.phone(), "end-user");
    }

    String addUser(String name, String email, String phone, String role) {
        long id = ids.addAndGet(7);
        users.add(JsonObject.builder()
                .put("id", JsonNumber.of(id))
                .put("name", name)
                .put("email", email)
                .put("phone", phone)
                .put("role", role)
                .put("organization_id", JsonNumber.of(360_000_111))
                .put("time_zone", "Pacific Time (US & Canada)")
                .put("locale", "en-US")
                .put("tags", JsonArray.EMPTY)
                .put("user_fields", JsonObject.EMPTY)
                .put("updated_at", next())
                .build());
        return Long.toString(id);
    }

    /** Stores a ticket the user requested; returns its id. */
    String addTicket(String requesterId, String subject, String status, String priority) {
        long id = ids.addAndGet(3);
        tickets.add(JsonObject.builder()
                .put("id", JsonNumber.of(id))
                .put("requester_id", JsonNumber.of(Long.parseLong(requesterId)))
                .put("subject", subject)
                .put("status", status)
                .put("priority", priority)
                .put("updated_at", next())
                .build());
        return Long.toString(id);
    }

    @Override
    protected void resetData() {
        users.clear();
        tickets.clear();
    }

    @Override
    protected boolean authorized(RecordedRequest request) {
        return request.header("Authorization").filter(authorization::equals).isPresent();
    }

    @Override
    protected FakeResponse unauthorized() {
        return FakeResponse.json(401, "{\"error\":\"Couldn't authenticate you\"}");
    }

    @Override
    protected String throttleBody() {
        return "{\"error\":\"TooManyRequests\",\"description\":\"You have exceeded the rate limit for your account\"}";
    }

    @Override
    protected FakeResponse route(RecordedRequest request) {
        Matcher requested = REQUESTED.matcher(request.path());
        if (request.method().equals("GET") && request.path().equals("/api/v2/search.json")) {
            return search(request);
        }
        if (request.method().equals("GET") && requested.matches()) {
            return FakeResponse.json(200, requested(requested.group(1), request));
        }
        return FakeResponse.json(404, "{\"error\":\"InvalidEndpoint\",\"description\":\"Not found\"}");
    }

    private FakeResponse search(RecordedRequest request) {
        int page = Integer.parseInt(request.queryParameter("page").orElse("1"));
        if (!ZendeskSearchEmulation.pageAllowed(page)) {
            return FakeResponse.json(
                    422, "{\"error\":\"invalid\",\"description\":\"Invalid search: page out of range\"}");
        }
        String query = request.queryParameter("query").orElseThrow(() -> new IllegalArgumentException("no query"));
        List<JsonObject> matches = ZendeskSearchEmulation.matching(users, query);
        return FakeResponse.json(
                200,
                ZendeskSearchEmulation.page(
                        matches,
                        request.queryParameter("sort_by").orElse("updated_at"),
                        request.queryParameter("sort_order").orElse("desc"),
                        page));
    }

    private JsonObject requested(String userId, RecordedRequest request) {
        int size = Integer.parseInt(request.queryParameter("page[size]").orElse("100"));
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("page[size] is 1 to 100");
        }
        Comparator<JsonObject> byUpdate = Comparator.comparing(
                ticket -> JsonRead.text(ticket, "updated_at").orElse(""));
        String sort = request.queryParameter("sort").orElse("id");
        List<JsonObject> theirs = new ArrayList<>(tickets.stream()
                .filter(ticket -> JsonRead.text(ticket, "requester_id")
                        .filter(userId::equals)
                        .isPresent())
                .toList());
        if (sort.equals("-updated_at") || sort.equals("updated_at")) {
            theirs.sort(sort.startsWith("-") ? byUpdate.reversed() : byUpdate);
        }
        List<JsonValue> page =
                theirs.stream().limit(size).<JsonValue>map(ticket -> ticket).toList();
        return JsonObject.builder()
                .put("tickets", new JsonArray(page))
                .put(
                        "meta",
                        JsonObject.builder()
                                .put("has_more", JsonBoolean.of(theirs.size() > size))
                                .put("after_cursor", theirs.size() > size ? "cursor-" + size : null)
                                .put("before_cursor", (String) null)
                                .build())
                .build();
    }

    private String next() {
        return EPOCH.plusSeconds(60 * ids.incrementAndGet()).toString();
    }
}
