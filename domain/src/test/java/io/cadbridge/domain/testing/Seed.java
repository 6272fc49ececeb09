package io.cadbridge.domain.testing;

import static io.cadbridge.domain.testing.Json.arr;
import static io.cadbridge.domain.testing.Json.obj;

import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.QueueRef;
import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDirection;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Scope;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The seed example (shared/spec/seed-example.txt): fetch a customer by phone number. */
public final class Seed {

    private Seed() {}

    public static JsonObject configuration() {
        return obj(
                "request",
                        obj(
                                "authentication", obj("type", "basic"),
                                "method", "GET",
                                "headers", obj("Accept", "application/json"),
                                "params", obj("phone", "{contact.source}")),
                "response",
                        obj(
                                "save",
                                obj(
                                        "customer_data",
                                        obj(
                                                "id", "{response.body.id}",
                                                "firstname", "{response.body.properties.firstname}",
                                                "lastname", "{response.body.properties.lastname}",
                                                "company", "{response.body.properties.company}",
                                                "jobtitle", "{response.body.properties.jobtitle}",
                                                "lastticket", "{response.body.tickets[-1].id}"))));
    }

    public static JsonObject crmAnswer() {
        return obj(
                "id", "C-1001",
                "properties",
                        obj("firstname", "Aino", "lastname", "Virtanen", "company", "Acme Oy", "jobtitle", "Buyer"),
                "tickets", arr(obj("id", "T-1"), obj("id", "T-2"), obj("id", "T-3")));
    }

    public static IntegrationDraft draft(String endpointUrl) {
        return new IntegrationDraft(
                "CRM customer lookup",
                "seed example",
                ChannelType.MULTI_CHANNEL,
                endpointUrl,
                1,
                IntegrationDirection.INBOUND,
                Set.of(EventName.RECEIVED, EventName.TRANSFERRED, EventName.FORWARDED),
                new Scope(true, List.of("sales.queue@acme.com")),
                true,
                configuration());
    }

    public static Secrets secrets() {
        return new Secrets(Optional.of(new BasicCredentials("cadbridge", "s3cret")), Map.of());
    }

    public static Integration integration(String endpointUrl) {
        return draft(endpointUrl).compile(IntegrationId.random(), secrets());
    }

    public static Contact contact(String id, String channel, String direction, Optional<QueueRef> queue) {
        return new Contact(
                new ConversationId(id),
                "G-" + id,
                channel,
                Optional.empty(),
                direction,
                Optional.of(Instant.parse("2023-12-29T08:44:44.215Z")),
                Optional.of("EN"),
                Optional.of(100L),
                List.of(),
                queue,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.of("+358401234567"),
                Optional.of("+35891234"));
    }

    public static ConversationEvent received(String eventId, Contact contact) {
        return new ConversationEvent(
                new EventId(eventId), EventName.RECEIVED, Instant.parse("2023-12-29T08:44:45Z"), contact);
    }

    public static ConversationEvent inboundCallReceived(String eventId, String conversationId) {
        return received(eventId, contact(conversationId, "phone", "inbound", Optional.empty()));
    }
}
