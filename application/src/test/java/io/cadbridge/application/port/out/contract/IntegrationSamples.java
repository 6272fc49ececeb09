package io.cadbridge.application.port.out.contract;

import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDirection;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Scope;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Integrations that exercise every stored field: secrets, queues, and a configuration using them. */
public final class IntegrationSamples {

    public static final Secrets SECRETS = new Secrets(
            Optional.of(new BasicCredentials("crm-user", "s3cret")),
            Map.of("tenant", "acme-tenant-key"),
            Optional.of("oauth-client-secret"));

    private IntegrationSamples() {}

    public static Integration named(String name, int ordinal) {
        return compile(IntegrationId.random(), name, ordinal, configuration("{contact.id}"), SECRETS);
    }

    public static Integration compile(
            IntegrationId id, String name, int ordinal, JsonObject configuration, Secrets secrets) {
        return new IntegrationDraft(
                        name,
                        "looks up the caller in the CRM",
                        ChannelType.PHONE,
                        "https://crm.example.com/contacts/{contact.id}?source={contact.source}",
                        ordinal,
                        IntegrationDirection.INBOUND,
                        Set.of(EventName.RECEIVED, EventName.ACCEPTED, EventName.CLOSED),
                        new Scope(true, List.of("support", "sales@example.com")),
                        true,
                        configuration)
                .compile(id, secrets);
    }

    /** Members deliberately not in alphabetical order, so a store that reorders them is caught. */
    public static JsonObject configuration(String contactTemplate) {
        JsonObject body = JsonObject.builder()
                .put("zone", "{event.name}")
                .put(
                        "contact",
                        JsonObject.builder()
                                .put("id", contactTemplate)
                                .put("channel", "{contact.channel_type}")
                                .build())
                .put("amount", new JsonNumber(new BigDecimal("1.50")))
                .put(
                        "tags",
                        new JsonArray(
                                List.of(new JsonString("a"), JsonNumber.of(7), JsonBoolean.TRUE, JsonNull.INSTANCE)))
                .build();
        JsonObject request = JsonObject.builder()
                .put("method", "POST")
                .put("authentication", JsonObject.builder().put("type", "basic").build())
                .put(
                        "headers",
                        JsonObject.builder()
                                .put("X-Tenant", "{authentications.tenant}")
                                .put("Accept", "application/json")
                                .build())
                .put(
                        "params",
                        JsonObject.builder().put("contact", contactTemplate).build())
                .put("body", body)
                .put("timeout", new JsonNumber(new BigDecimal("14.5")))
                .build();
        JsonObject response = JsonObject.builder()
                .put(
                        "save",
                        JsonObject.builder()
                                .put("customer_name", "{response.body.name}")
                                .build())
                .build();
        return JsonObject.builder()
                .put("request", request)
                .put("response", response)
                .build();
    }
}
