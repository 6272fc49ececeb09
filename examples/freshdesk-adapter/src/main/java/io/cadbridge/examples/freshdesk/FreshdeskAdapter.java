package io.cadbridge.examples.freshdesk;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.Capability;
import io.cadbridge.spi.PhoneNumber;
import io.cadbridge.spi.SecretSetting;
import io.cadbridge.spi.SettingsProblem;
import io.cadbridge.spi.VendorAdapter;
import io.cadbridge.spi.VendorAuth;
import io.cadbridge.spi.VendorDescriptor;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorHttp;
import io.cadbridge.spi.VendorLookup;
import io.cadbridge.spi.VendorRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Freshdesk: the contact with the caller's number (the {@code phone} or {@code mobile} field, which
 * Freshdesk matches exactly, so each stored form is tried in turn) or, for a chat or an e-mail, with
 * the customer's address; and that contact's latest tickets.
 * Authenticates with the agent's API key as the HTTP Basic user name and "X" as password.
 *
 * <p>The document: {@code {"found": true, "contact": {…}, "tickets": [{…}], "openTickets": n}}, or
 * {@code {"found": false}}.
 */
public final class FreshdeskAdapter implements VendorAdapter {

    static final String API_KEY = "apiKey";
    private static final int DEFAULT_TICKET_LIMIT = 5;
    /** Freshdesk's ticket status 2 is Open, 3 Pending. */
    private static final Set<Integer> OPEN_STATUSES = Set.of(2, 3);

    @Override
    public VendorDescriptor descriptor() {
        return new VendorDescriptor(
                "freshdesk",
                "1.0.0",
                1,
                "Freshdesk (example plugin)",
                FreshdeskSchema.SETTINGS,
                List.of(new SecretSetting(
                        API_KEY, "The API key of a Freshdesk agent (Profile settings → View API key)")),
                Set.of(Capability.CONTACT_BY_PHONE, Capability.CONTACT_BY_EMAIL, Capability.RECENT_CASES),
                FreshdeskSchema.DEFAULT_SAVE);
    }

    /** What the schema cannot say: {@code portalUrl} is an absolute https URL the ticket links can start with. */
    @Override
    public List<SettingsProblem> validate(JsonObject settings) {
        List<SettingsProblem> problems = new ArrayList<>();
        JsonRead.text(settings, "portalUrl")
                .filter(url -> !isHttpsBase(url))
                .ifPresent(url -> problems.add(new SettingsProblem(
                        "/portalUrl",
                        "must be an https:// address without query or fragment, e.g. https://acme.freshdesk.com")));
        return problems;
    }

    private static boolean isHttpsBase(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public VendorAuth authentication(JsonObject settings) {
        return new VendorAuth.BasicKey(API_KEY, "X");
    }

    @Override
    public JsonValue lookup(VendorLookup lookup, VendorHttp http) throws VendorException {
        if (lookup.phone().isEmpty() && lookup.email().isEmpty()) {
            return JsonObject.builder()
                    .put("found", JsonBoolean.FALSE)
                    .put("reason", "no phone number or e-mail address")
                    .build();
        }
        Optional<JsonObject> contact = lookup.phone().isPresent()
                ? findByPhone(lookup.phone().get(), http)
                : findBy("email", lookup.email().get(), http);
        if (contact.isEmpty()) {
            return JsonObject.builder().put("found", JsonBoolean.FALSE).build();
        }
        String id = JsonRead.text(contact.get(), "id").orElse("");
        JsonValue tickets = http.send(VendorRequest.get("tickets", "/api/v2/tickets")
                        .withQuery("requester_id", id)
                        .withQuery("order_by", "created_at")
                        .withQuery("per_page", String.valueOf(ticketLimit(lookup.settings()))))
                .body("tickets");
        Optional<String> portal = JsonRead.text(lookup.settings(), "portalUrl").map(url -> url.replaceAll("/+$", ""));
        List<JsonValue> recent = JsonRead.array(tickets).stream()
                .map(ticket -> portal.isPresent() && ticket instanceof JsonObject object
                        ? object.with(
                                "url",
                                new JsonString(portal.get() + "/a/tickets/"
                                        + JsonRead.text(object, "id").orElse("")))
                        : ticket)
                .toList();
        long open = recent.stream()
                .filter(ticket -> JsonRead.integer(ticket, "status")
                        .filter(OPEN_STATUSES::contains)
                        .isPresent())
                .count();
        return JsonObject.builder()
                .put("found", JsonBoolean.TRUE)
                .put("contact", contact.get())
                .put("tickets", new JsonArray(recent))
                .put("openTickets", JsonNumber.of(open))
                .build();
    }

    /** {@code phone} and {@code mobile} are exact-match filters: try each stored form until one matches. */
    private static Optional<JsonObject> findByPhone(PhoneNumber phone, VendorHttp http) throws VendorException {
        for (String field : List.of("phone", "mobile")) {
            for (String variant : phone.variants()) {
                Optional<JsonObject> found = findBy(field, variant, http);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The first contact of {@code GET /api/v2/contacts?<field>=<value>}. */
    private static Optional<JsonObject> findBy(String field, String value, VendorHttp http) throws VendorException {
        JsonValue found = http.send(
                        VendorRequest.get("contact search", "/api/v2/contacts").withQuery(field, value))
                .body("contact search");
        return JsonRead.array(found).stream()
                .findFirst()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast);
    }

    private static int ticketLimit(JsonObject settings) {
        return JsonRead.integer(settings, "ticketLimit").orElse(DEFAULT_TICKET_LIMIT);
    }
}
