package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.Optional;

/**
 * The "JSON for Configuration" of an integration: the document as the administrator wrote it,
 * kept verbatim, and its compiled form, built once when the integration is saved. Without a
 * {@code resilience} member the CRM call uses {@link Resilience#DEFAULTS}.
 */
public record IntegrationConfiguration(
        JsonObject source, RequestDefinition request, ResponseDefinition response, Resilience resilience) {

    public IntegrationConfiguration {
        requireNonNull(source, "source is null");
        requireNonNull(request, "request is null");
        requireNonNull(response, "response is null");
        requireNonNull(resilience, "resilience is null");
    }

    /**
     * Compiles a configuration document.
     *
     * @throws io.cadbridge.domain.validation.ValidationException with every problem found, each
     *     located by a JSON pointer under {@code pointer}
     */
    public static IntegrationConfiguration compile(JsonValue source, String pointer) {
        return new ConfigurationCompiler(pointer, Optional.empty()).compile(source);
    }

    /**
     * Compiles the configuration of an integration whose calls {@code vendor}'s adapter makes: no
     * request to describe, possibly no document at all (ADR 0031).
     */
    public static IntegrationConfiguration compileForVendor(JsonValue source, String pointer, VendorSpec vendor) {
        return new ConfigurationCompiler(pointer, Optional.of(vendor)).compile(source);
    }
}
