package io.cadbridge.vendors.zendesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.integration.Integration;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonString;
import io.cadbridge.testkit.HostRun;
import io.cadbridge.testkit.RecordedRequest;
import io.cadbridge.testkit.TestCustomer;
import io.cadbridge.testkit.VendorHost;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the Zendesk adapter asks Zendesk and what an agent gets, beyond the contract. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZendeskAdapterTest {

    private static final String AGENT = ZendeskContractTest.AGENT;
    private static final String API_TOKEN = ZendeskContractTest.API_TOKEN;
    private static final String CALLER = "+14155551212";

    private final FakeZendesk zendesk = new FakeZendesk(AGENT, API_TOKEN).start();
    private final VendorHost host = VendorHost.start();

    @BeforeEach
    void reset() {
        zendesk.reset();
    }

    @AfterAll
    void stop() throws Exception {
        try (zendesk) {
            host.close();
        }
    }

    @Test
    void zeroConfigurationSavesTheCallersCustomerData() {
        String id = zendesk.addUser("Aino Virtanen", "aino@acme.example", "+1 (415) 555-1212", "end-user");

        HostRun run = host.lookup(integration(settings(0)), CALLER);

        assertThat(run.saved())
                .isEqualTo(JsonObject.builder()
                        .put(
                                "customer_data",
                                JsonObject.builder()
                                        .put("id", JsonNumber.of(Long.parseLong(id)))
                                        .put("name", "Aino Virtanen")
                                        .put("email", "aino@acme.example")
                                        .put("phone", "+1 (415) 555-1212")
                                        .put("organization_id", JsonNumber.of(360_000_111))
                                        .build())
                        .put("customer_matches", JsonNumber.of(1))
                        .put("customer_tickets", (String) null)
                        .build());
    }

    @Test
    void oneSuffixSearchOnTheNationalDigitsSignedInWithTheApiToken() {
        host.lookup(integration(settings(0)), CALLER);

        RecordedRequest search = zendesk.apiRequests().getFirst();
        assertThat(zendesk.apiRequests()).hasSize(1);
        assertThat(search.queryParameter("query")).contains("type:user role:end-user phone:*4155551212");
        assertThat(search.header("Authorization"))
                .contains("Basic "
                        + Base64.getEncoder()
                                .encodeToString((AGENT + "/token:" + API_TOKEN).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void severalMatchesShowTheLatestUpdatedAndCountThem() {
        zendesk.addUser("Older", "older@example.com", "415-555-1212", "end-user");
        String latest = zendesk.addUser("Latest", "latest@example.com", "+14155551212", "end-user");

        HostRun run = host.lookup(integration(settings(0)), CALLER);

        assertThat(JsonRead.text(run.saved(), "customer_data", "id")).contains(latest);
        assertThat(run.saved().get("customer_matches")).contains(JsonNumber.of(2));
    }

    @Test
    void agentsWithTheCallersNumberAreNotCustomers() {
        zendesk.addUser("Agent Smith", "smith@acme.example", "+14155551212", "agent");

        HostRun run = host.lookup(integration(settings(0)), CALLER);

        assertThat(run.document()).isEqualTo(ZendeskDocument.notFound(java.util.Optional.of("phone")));
    }

    @Test
    void theLatestRequestedTicketsAreListedUpToTheLimit() {
        String user = zendesk.addUser(new TestCustomer("Ada", "Lovelace", "ada@example.com", "AE", CALLER));
        zendesk.addTicket(user, "Old question", "closed", "low");
        zendesk.addTicket(user, "Billing", "solved", "normal");
        String newest = zendesk.addTicket(user, "Printer on fire", "open", "urgent");

        HostRun run = host.lookup(integration(settings(2)), CALLER);

        assertThat(JsonRead.array(run.document(), "tickets"))
                .extracting(ticket -> JsonRead.text(ticket, "subject").orElseThrow())
                .containsExactly("Printer on fire", "Billing");
        assertThat(JsonRead.at(run.document(), "moreTickets")).contains(JsonBoolean.TRUE);
        assertThat(run.saved().get("customer_tickets"))
                .contains(new JsonString(
                        "1 open of the latest 2 tickets; latest #" + newest + ": Printer on fire (open, urgent)"));
        RecordedRequest tickets = zendesk.apiRequests().get(1);
        assertThat(tickets.path()).isEqualTo("/api/v2/users/" + user + "/tickets/requested");
        assertThat(tickets.query()).containsEntry("page[size]", "2").containsEntry("sort", "-updated_at");
    }

    @Test
    void anEmailWithTheTokenSuffixIsRefusedAtItsPointer() {
        var problems = host.checkSettings(
                "zendesk", JsonObject.builder().put("email", AGENT + "/token").build());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.pointer()).isEqualTo("/vendorSettings/email");
            assertThat(problem.message()).contains("without \"/token\"");
        });
        assertThat(zendesk.requests()).isEmpty();
    }

    @Test
    void aRetryAfterLongerThanTheIntegrationWaitsFailsSayingHowLong() {
        zendesk.throttleNext(1, 120);

        HostRun run = host.lookup(integration(settings(0)), CALLER);

        assertThat(run.status()).hasValue(429);
        assertThat(run.reason()).contains("Retry-After 120 s");
        assertThat(zendesk.apiRequests()).hasSize(1);
    }

    private static JsonObject settings(int ticketLimit) {
        return JsonObject.builder()
                .put("email", AGENT)
                .put("ticketLimit", JsonNumber.of(ticketLimit))
                .build();
    }

    private Integration integration(JsonObject settings) {
        return host.integration("zendesk", zendesk.baseUrl(), settings, Map.of("apiToken", API_TOKEN));
    }
}
