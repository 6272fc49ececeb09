package io.cadbridge.domain.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A vendor integration's configuration (ADR 0031): optional, only "when" in its request, the adapter's save by default. */
class VendorConfigurationTest {

    private static final VendorSpec HUBSPOT = new VendorSpec(
            "hubspot",
            JsonObject.EMPTY.with(
                    "customer_data", JsonObject.EMPTY.with("id", new JsonString("{response.body.contact.id}"))),
            List.of("token"));
    private static final VendorSpecs INSTALLED = new VendorSpecs() {
        @Override
        public Optional<VendorSpec> find(String name) {
            return name.equals("hubspot") ? Optional.of(HUBSPOT) : Optional.empty();
        }

        @Override
        public Set<String> names() {
            return Set.of("hubspot");
        }
    };

    @Test
    void noConfigurationMeansTheAdaptersDefaultSave() {
        Integration integration =
                draft(JsonNull.INSTANCE, "hubspot").compile(IntegrationId.random(), token(), INSTALLED);

        assertThat(integration.vendor()).map(VendorBinding::name).contains("hubspot");
        assertThat(integration.configuration().response().save()).isPresent();
        assertThat(integration.mustBlock()).isFalse();
    }

    @Test
    void theRequestMaySayWhenButNotWhat() {
        JsonObject configuration = JsonObject.EMPTY.with(
                "request",
                JsonObject.EMPTY
                        .with("block", io.cadbridge.json.JsonBoolean.TRUE)
                        .with("method", new JsonString("POST"))
                        .with("headerz", new JsonString("x")));

        assertThatThrownBy(() -> draft(configuration, "hubspot").compile(IntegrationId.random(), token(), INSTALLED))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(ValidationProblem::pointer)
                                .containsExactlyInAnyOrder(
                                        "/configuration/request/method", "/configuration/request/headerz"))
                .hasMessageContaining("made by the vendor adapter hubspot");
        Integration blocking = draft(
                        JsonObject.EMPTY.with(
                                "request", JsonObject.EMPTY.with("block", io.cadbridge.json.JsonBoolean.TRUE)),
                        "hubspot")
                .compile(IntegrationId.random(), token(), INSTALLED);
        assertThat(blocking.mustBlock()).isTrue();
    }

    @Test
    void anUnknownVendorAndAMissingSecretArePointedAt() {
        assertThatThrownBy(
                        () -> draft(JsonNull.INSTANCE, "hubspott").compile(IntegrationId.random(), token(), INSTALLED))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(ValidationProblem::pointer)
                                .containsExactly("/vendor"))
                .hasMessageContaining("did you mean \"hubspot\"");
        assertThatThrownBy(() ->
                        draft(JsonNull.INSTANCE, "hubspot").compile(IntegrationId.random(), Secrets.NONE, INSTALLED))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(ValidationProblem::pointer)
                                .containsExactly("/authentications/token"));
    }

    private static Secrets token() {
        return new Secrets(Optional.empty(), Map.of("token", "pat-secret"));
    }

    private static IntegrationDraft draft(io.cadbridge.json.JsonValue configuration, String vendor) {
        return new IntegrationDraft(
                "HubSpot caller",
                "",
                ChannelType.PHONE,
                "https://api.hubapi.com",
                1,
                IntegrationDirection.INBOUND,
                Set.of(EventName.RECEIVED),
                new Scope(true, List.of()),
                true,
                configuration,
                Optional.of(new VendorBinding(vendor, JsonObject.EMPTY)));
    }
}
