package io.cadbridge.vendors.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.integration.Integration;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.testkit.HostRun;
import io.cadbridge.testkit.RecordedRequest;
import io.cadbridge.testkit.TestCustomer;
import io.cadbridge.testkit.VendorHost;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What the HubSpot adapter asks HubSpot and what an agent gets, beyond the contract. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubSpotAdapterTest {

    private static final String TOKEN = HubSpotContractTest.TOKEN;
    private static final String CALLER = "+14155551212";

    private final FakeHubSpot hubspot = new FakeHubSpot(TOKEN).start();
    private final VendorHost host = VendorHost.start();

    @BeforeEach
    void reset() {
        hubspot.reset();
    }

    @AfterAll
    void stop() throws Exception {
        try (hubspot) {
            host.close();
        }
    }

    @Test
    void zeroConfigurationSavesTheCallersCustomerData() {
        String id = hubspot.addContact(
                new TestCustomer("Aino", "Virtanen", "aino@acme.example", "Acme Oy", "(415) 555-1212"));

        HostRun run = host.lookup(integration(JsonObject.EMPTY), CALLER);

        assertThat(run.saved())
                .isEqualTo(JsonObject.builder()
                        .put(
                                "customer_data",
                                JsonObject.builder()
                                        .put("id", id)
                                        .put("firstname", "Aino")
                                        .put("lastname", "Virtanen")
                                        .put("email", "aino@acme.example")
                                        .put("company", "Acme Oy")
                                        .put("phone", "(415) 555-1212")
                                        .build())
                        .put("customer_matches", JsonNumber.of(1))
                        .put("customer_tickets", (String) null)
                        .build());
        assertThat(run.vendorCalls()).contains("contact search POST /crm/v3/objects/contacts/search 200");
    }

    @Test
    void oneSearchAsksThePhonePropertiesAndTheCalculatedNationalDigits() {
        host.lookup(integration(settings(0)), CALLER);

        List<RecordedRequest> calls = hubspot.apiRequests();
        assertThat(calls).hasSize(1);
        JsonValue body = calls.getFirst().json();
        assertThat(JsonRead.array(body, "filterGroups"))
                .extracting(group -> JsonRead.array(group, "filters").getFirst())
                .extracting(filter -> JsonRead.text(filter, "propertyName").orElseThrow()
                        + " " + JsonRead.text(filter, "operator").orElseThrow()
                        + " " + JsonRead.text(filter, "value").orElseThrow())
                .containsExactly(
                        "phone EQ +14155551212",
                        "mobilephone EQ +14155551212",
                        "hs_searchable_calculated_phone_number EQ 4155551212",
                        "hs_searchable_calculated_mobile_number EQ 4155551212");
        assertThat(calls.getFirst().header("Authorization")).contains("Bearer " + TOKEN);
    }

    @Test
    void severalMatchesShowTheMostRecentlyModifiedAndCountThem() {
        hubspot.addContact(Map.of("firstname", "Old", "phone", CALLER, "lastmodifieddate", "2026-02-01T10:00:00Z"));
        String latest = hubspot.addContact(Map.of(
                "firstname", "Latest", "mobilephone", "415.555.1212", "lastmodifieddate", "2026-03-01T10:00:00Z"));
        hubspot.addContact(
                Map.of("firstname", "Older", "phone", "4155551212", "lastmodifieddate", "2026-01-01T10:00:00Z"));

        HostRun run = host.lookup(integration(settings(0)), CALLER);

        assertThat(JsonRead.text(run.document(), "contact", "id")).contains(latest);
        assertThat(JsonRead.text(run.saved(), "customer_data", "firstname")).contains("Latest");
        assertThat(run.saved().get("customer_matches")).contains(JsonNumber.of(3));
    }

    @Test
    void theLatestTicketsAreListedUpToTheLimitAndAllAreCounted() {
        String contact = hubspot.addContact(new TestCustomer("Ada", "Lovelace", "ada@example.com", "AE", CALLER));
        hubspot.addTicket(contact, "First", "LOW", true);
        hubspot.addTicket(contact, "Second", "MEDIUM", false);
        hubspot.addTicket(contact, "Third", "MEDIUM", true);
        String newest = hubspot.addTicket(contact, "Printer on fire", "HIGH", false);

        HostRun run = host.lookup(integration(settings(2)), CALLER);

        assertThat(JsonRead.array(run.document(), "tickets"))
                .extracting(ticket -> JsonRead.text(ticket, "subject").orElseThrow())
                .containsExactly("Printer on fire", "Third");
        assertThat(JsonRead.at(run.document(), "ticketCount")).contains(JsonNumber.of(4));
        assertThat(run.saved().get("customer_tickets"))
                .contains(new JsonString(
                        "4 tickets, 1 open of the latest 2; latest #" + newest + ": Printer on fire (HIGH)"));
        assertThat(hubspot.apiRequests())
                .extracting(RecordedRequest::path)
                .containsExactly(
                        "/crm/v3/objects/contacts/search",
                        "/crm/v4/objects/contacts/" + contact + "/associations/tickets",
                        "/crm/v3/objects/tickets/batch/read");
    }

    @Test
    void moreContactPropertiesAreAskedForAndReturned() {
        hubspot.addContact(Map.of("firstname", "Ada", "phone", CALLER, "lifecyclestage", "customer"));
        JsonObject settings =
                settings(0).with("contactProperties", new JsonArray(List.of(new JsonString("lifecyclestage"))));

        HostRun run = host.lookup(integration(settings), CALLER);

        assertThat(JsonRead.text(run.document(), "contact", "properties", "lifecyclestage"))
                .contains("customer");
        assertThat(JsonRead.array(hubspot.apiRequests().getFirst().json(), "properties"))
                .contains(new JsonString("lifecyclestage"));
    }

    @Test
    void aDailyLimitFailsTheLookupNamingThePolicy() {
        hubspot.throttlePolicy("DAILY");
        hubspot.throttleNext(3);

        HostRun run = host.lookup(integration(settings(0)), CALLER);

        assertThat(run.succeeded()).isFalse();
        assertThat(run.status()).hasValue(429);
        assertThat(run.reason()).contains("policy DAILY").contains("midnight");
    }

    @Test
    void aMissingScopeIsNamedWithoutQuotingHubSpotsText() {
        hubspot.failNext(
                403,
                "{\"status\":\"error\",\"message\":\"This app hasn't been granted all required scopes\","
                        + "\"category\":\"MISSING_SCOPES\"}");

        HostRun run = host.lookup(integration(settings(0)), CALLER);

        assertThat(run.status()).hasValue(403);
        assertThat(run.reason())
                .contains("MISSING_SCOPES")
                .contains("crm.objects.contacts.read")
                .doesNotContain("granted");
    }

    @Test
    void aCallerWithoutNumberOrAddressIsNotSearched() {
        HostRun run = host.lookup(integration(settings(0)), "anonymous");

        assertThat(run.document()).isEqualTo(HubSpotDocument.notFound(java.util.Optional.empty()));
        assertThat(hubspot.apiRequests()).isEmpty();
    }

    private static JsonObject settings(int ticketLimit) {
        return JsonObject.builder()
                .put("ticketLimit", JsonNumber.of(ticketLimit))
                .build();
    }

    private Integration integration(JsonObject settings) {
        return host.integration("hubspot", hubspot.baseUrl(), settings, Map.of("token", TOKEN));
    }
}
