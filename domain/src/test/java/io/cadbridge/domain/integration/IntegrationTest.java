package io.cadbridge.domain.integration;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.QueueRef;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.testing.Seed;
import io.cadbridge.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IntegrationTest {

    private final Integration seed = Seed.integration("https://crm.example/customers");

    @Test
    void theSeedRendersAGetByPhoneNumberWithBasicCredentials() {
        OutboundRequest request = seed.renderRequest(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(request.method()).isEqualTo(HttpMethod.GET);
        assertThat(request.url()).isEqualTo("https://crm.example/customers");
        assertThat(request.queryParameters()).containsExactly(Map.entry("phone", "+358401234567"));
        assertThat(request.headers()).containsExactly(Map.entry("Accept", "application/json"));
        assertThat(request.credentials()).contains(new BasicCredentials("cadbridge", "s3cret"));
        assertThat(request.body()).isEmpty();
        assertThat(request.toString()).doesNotContain("s3cret");
    }

    @Test
    void theSeedSavesSixCustomerFieldsWithTheLastTicket() {
        ConversationEvent event = Seed.inboundCallReceived("e-1", "c-1");
        OutboundRequest request = seed.renderRequest(event);
        CrmResponse answer = new CrmResponse(
                200,
                Map.of("Content-Type", "application/json"),
                Optional.of(Seed.crmAnswer()),
                "",
                Duration.ofMillis(5));

        JsonObject saved = seed.renderSave(event, request, answer);

        assertThat(saved)
                .isEqualTo(obj(
                        "customer_data",
                        obj(
                                "id",
                                "C-1001",
                                "firstname",
                                "Aino",
                                "lastname",
                                "Virtanen",
                                "company",
                                "Acme Oy",
                                "jobtitle",
                                "Buyer",
                                "lastticket",
                                "T-3")));
    }

    @Test
    void placeholdersInTheEndpointUrlArePercentEncoded() {
        Integration integration = Seed.draft("https://crm.example/contacts/{contact.source}/{event}")
                .compile(IntegrationId.random(), Seed.secrets());

        assertThat(integration
                        .renderRequest(Seed.inboundCallReceived("e-1", "c-1"))
                        .url())
                .isEqualTo("https://crm.example/contacts/%2B358401234567/Received");
    }

    @Test
    void itIsTriggeredByItsEventsDirectionChannelAndScope() {
        assertThat(seed.triggerFor(Seed.inboundCallReceived("e-1", "c-1")).triggered())
                .isTrue();
        assertThat(seed.triggerFor(Seed.received(
                                "e-2",
                                Seed.contact(
                                        "c-2",
                                        "chat",
                                        "inbound",
                                        Optional.of(new QueueRef("q1", "SALES.QUEUE@acme.com")))))
                        .triggered())
                .isTrue();
    }

    @Test
    void itSaysWhyItIsNotTriggered() {
        ConversationEvent ended = new ConversationEvent(
                new EventId("e-3"),
                EventName.ENDED,
                Instant.EPOCH,
                Seed.contact("c", "phone", "inbound", Optional.empty()));
        assertThat(seed.triggerFor(ended).reason()).contains("Ended");
        assertThat(seed.triggerFor(Seed.received("e-4", Seed.contact("c", "phone", "outbound", Optional.empty())))
                        .reason())
                .contains("direction");
        assertThat(seed.triggerFor(Seed.received(
                                "e-5",
                                Seed.contact(
                                        "c", "chat", "inbound", Optional.of(new QueueRef("q9", "other@acme.com")))))
                        .reason())
                .contains("queue");
        Integration chatOnly = new Integration(
                seed.id(),
                seed.name(),
                "",
                ChannelType.CHAT,
                seed.endpointUrl(),
                1,
                IntegrationDirection.BOTH,
                seed.events(),
                seed.scope(),
                true,
                seed.configuration(),
                seed.secrets(),
                Optional.empty());
        assertThat(chatOnly.triggerFor(Seed.inboundCallReceived("e-6", "c")).reason())
                .contains("channel phone");
        Integration disabled = new Integration(
                seed.id(),
                seed.name(),
                "",
                ChannelType.CHAT,
                seed.endpointUrl(),
                1,
                IntegrationDirection.BOTH,
                seed.events(),
                seed.scope(),
                false,
                seed.configuration(),
                seed.secrets(),
                Optional.empty());
        assertThat(disabled.triggerFor(Seed.inboundCallReceived("e-7", "c")).triggered())
                .isFalse();
    }

    @Test
    void nullEventsAreRefusedWithTheFieldName() {
        assertThatThrownBy(() -> new Integration(
                        seed.id(),
                        seed.name(),
                        "",
                        ChannelType.CHAT,
                        seed.endpointUrl(),
                        1,
                        IntegrationDirection.BOTH,
                        null,
                        seed.scope(),
                        true,
                        seed.configuration(),
                        seed.secrets(),
                        Optional.empty()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("events is null");
    }

    @Test
    void basicAuthenticationNeedsStoredCredentials() {
        var problems = org.assertj.core.api.Assertions.catchThrowableOfType(
                        io.cadbridge.domain.validation.ValidationException.class,
                        () -> Seed.draft("https://crm.example").compile(IntegrationId.random(), Secrets.NONE))
                .problems();
        assertThat(problems).extracting(p -> p.pointer()).containsExactly("/credentials");
    }

    @Test
    void eventNamesMatchCaseInsensitively() {
        assertThat(EventName.parse("received")).contains(EventName.RECEIVED);
        assertThat(EventName.parse("TRANSFERRED")).contains(EventName.TRANSFERRED);
        assertThat(EventName.parse("Recieved")).isEmpty();
    }
}
