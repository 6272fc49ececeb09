package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EndpointUrl;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationConfiguration;
import io.cadbridge.domain.integration.IntegrationDirection;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.Scope;
import io.cadbridge.domain.integration.SecretsUpdate;
import io.cadbridge.domain.integration.VendorBinding;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.support.jackson.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reader of the integration resource (POST and PUT bodies): unknown fields, wrong types and
 * unknown names are all reported together, each with its JSON pointer.
 */
final class IntegrationRequestReader {

    static final Set<String> FIELDS = Set.of(
            "name",
            "description",
            "channelType",
            "endpointUrl",
            "ordinal",
            "direction",
            "events",
            "scope",
            "enabled",
            "credentials",
            "authentications",
            "oauthClientSecret",
            "configuration",
            "vendor",
            "vendorSettings",
            // An editor's schema reference (docs/schema.md): accepted and ignored.
            "$schema");
    static final int DEFAULT_ORDINAL = 1;

    IntegrationRequest read(JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        fields.rejectUnknown(FIELDS);
        Optional<String> name = fields.requiredText("name");
        Optional<String> description = fields.optionalText("description");
        Optional<ChannelType> channelType = fields.requiredText("channelType")
                .flatMap(text -> NamedValues.channelType(text, fields.pointerTo("channelType"), fields));
        Optional<String> endpointUrl = fields.requiredText("endpointUrl");
        int ordinal = fields.optionalInteger("ordinal").orElse(DEFAULT_ORDINAL);
        Optional<IntegrationDirection> direction = fields.requiredText("direction")
                .flatMap(text -> NamedValues.direction(text, fields.pointerTo("direction"), fields));
        Optional<Set<EventName>> events = fields.requiredArray("events")
                .map(items -> NamedValues.events(items, fields.pointerTo("events"), fields));
        Optional<Scope> scope = ScopeReader.read(fields);
        boolean enabled = fields.optionalBoolean("enabled").orElse(true);
        SecretsUpdate secrets = SecretsReader.read(fields);
        Optional<String> vendor = fields.optionalText("vendor");
        Optional<JsonNode> vendorSettings = fields.optional("vendorSettings");
        if (vendor.isEmpty() && vendorSettings.isPresent()) {
            fields.problem(
                    fields.pointerTo("vendorSettings"),
                    "is only for a vendor integration: give \"vendor\" too, or leave it out");
        }
        vendorSettings
                .filter(settings -> !settings.isObject())
                .ifPresent(settings -> fields.problem(fields.pointerTo("vendorSettings"), "must be an object"));
        // A vendor integration may leave its configuration out: the adapter makes the request (ADR 0031).
        Optional<JsonNode> configuration =
                vendor.isPresent() ? fields.optional("configuration") : fields.required("configuration");
        if (!problems.isEmpty()) {
            addDefinitionProblems(endpointUrl, vendor.isPresent() ? Optional.empty() : configuration, problems);
            throw new ValidationException(problems);
        }
        IntegrationDraft draft = new IntegrationDraft(
                name.orElseThrow(),
                description.orElse(""),
                channelType.orElseThrow(),
                endpointUrl.orElseThrow(),
                ordinal,
                direction.orElseThrow(),
                events.orElseThrow(),
                scope.orElseThrow(),
                enabled,
                configuration.map(JsonValues::fromNode).orElse(JsonNull.INSTANCE),
                vendor.map(adapter -> new VendorBinding(
                        adapter,
                        vendorSettings
                                .map(JsonValues::fromNode)
                                .filter(JsonObject.class::isInstance)
                                .map(JsonObject.class::cast)
                                .orElse(JsonObject.EMPTY))));
        return new IntegrationRequest(draft, secrets);
    }

    /**
     * The draft cannot be built while the shape is wrong, so the use case would never see the
     * configuration; check the endpoint URL and the configuration here too, so that one answer lists
     * every problem.
     */
    private static void addDefinitionProblems(
            Optional<String> endpointUrl, Optional<JsonNode> configuration, List<ValidationProblem> problems) {
        endpointUrl.ifPresent(url -> EndpointUrl.parse(url, "/endpointUrl", problems));
        configuration.ifPresent(document -> {
            try {
                IntegrationConfiguration.compile(JsonValues.fromNode(document), "/configuration");
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        });
    }
}
