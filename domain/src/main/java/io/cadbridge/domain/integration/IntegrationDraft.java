package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.template.PlaceholderPath;
import io.cadbridge.domain.template.Template;
import io.cadbridge.domain.validation.Suggestions;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An integration as an administrator defines it, before it is checked and compiled. Problems are
 * reported with JSON pointers into the integration resource ({@code /name}, {@code /configuration/…}).
 */
public record IntegrationDraft(
        String name,
        String description,
        ChannelType channelType,
        String endpointUrl,
        int ordinal,
        IntegrationDirection direction,
        Set<EventName> events,
        Scope scope,
        boolean enabled,
        JsonValue configuration,
        Optional<VendorBinding> vendor) {

    public static final int MAX_NAME_LENGTH = 200;

    public IntegrationDraft {
        requireNonNull(name, "name is null");
        description = description == null ? "" : description;
        requireNonNull(channelType, "channelType is null");
        requireNonNull(endpointUrl, "endpointUrl is null");
        requireNonNull(direction, "direction is null");
        events = Set.copyOf(requireNonNull(events, "events is null"));
        requireNonNull(scope, "scope is null");
        requireNonNull(configuration, "configuration is null");
        requireNonNull(vendor, "vendor is null");
    }

    /** An integration that describes its own request (no vendor adapter). */
    public IntegrationDraft(
            String name,
            String description,
            ChannelType channelType,
            String endpointUrl,
            int ordinal,
            IntegrationDirection direction,
            Set<EventName> events,
            Scope scope,
            boolean enabled,
            JsonValue configuration) {
        this(
                name,
                description,
                channelType,
                endpointUrl,
                ordinal,
                direction,
                events,
                scope,
                enabled,
                configuration,
                Optional.empty());
    }

    /** Checks everything and compiles the templates once, with no vendor adapter installed. */
    public Integration compile(IntegrationId id, Secrets secrets) {
        return compile(id, secrets, VendorSpecs.NONE);
    }

    /** Checks everything and compiles the templates once; every problem is reported together. */
    public Integration compile(IntegrationId id, Secrets secrets, VendorSpecs vendors) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            problems.add(new ValidationProblem("/name", "must have 1 to " + MAX_NAME_LENGTH + " characters"));
        }
        if (events.isEmpty()) {
            problems.add(new ValidationProblem("/events", "must name at least one event: " + EventName.allowedNames()));
        }
        if (ordinal < 0) {
            problems.add(new ValidationProblem("/ordinal", "must be 0 or more"));
        }
        if (!scope.directConversations() && scope.queues().isEmpty()) {
            problems.add(new ValidationProblem("/scope", "covers nothing: allow direct conversations or list queues"));
        }
        Optional<EndpointUrl> endpoint = EndpointUrl.parse(endpointUrl, "/endpointUrl", problems);
        Optional<VendorSpec> spec = vendor.flatMap(binding -> findVendor(binding.name(), vendors, problems));
        IntegrationConfiguration compiled = null;
        try {
            compiled = spec.isPresent()
                    ? IntegrationConfiguration.compileForVendor(configuration, "/configuration", spec.get())
                    : vendor.isPresent() ? null : IntegrationConfiguration.compile(configuration, "/configuration");
        } catch (ValidationException e) {
            problems.addAll(e.problems());
        }
        if (compiled != null) {
            checkSecrets(compiled.request(), secrets, problems);
        }
        spec.ifPresent(found -> found.secretNames().stream()
                .filter(secret -> !secrets.authentications().containsKey(secret))
                .forEach(secret -> problems.add(new ValidationProblem(
                        "/authentications/" + secret,
                        "is required: the " + found.name() + " adapter reads it; store it with the integration"))));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Integration(
                id,
                name,
                description,
                channelType,
                endpoint.orElseThrow(),
                ordinal,
                direction,
                events,
                scope,
                enabled,
                compiled,
                secrets,
                vendor);
    }

    private static Optional<VendorSpec> findVendor(String name, VendorSpecs vendors, List<ValidationProblem> problems) {
        Optional<VendorSpec> found = vendors.find(name);
        if (found.isEmpty()) {
            problems.add(new ValidationProblem(
                    "/vendor",
                    "no vendor adapter named \"" + name + "\" is installed"
                            + Suggestions.didYouMean(name, vendors.names())
                            + "; installed: " + new TreeSet<>(vendors.names())));
        }
        return found;
    }

    private static void checkSecrets(RequestDefinition request, Secrets secrets, List<ValidationProblem> problems) {
        if (request.authentication() instanceof AuthenticationSetting.Basic
                && secrets.credentials().isEmpty()) {
            problems.add(new ValidationProblem(
                    "/credentials", "are required: the configuration uses \"authentication\": {\"type\": \"basic\"}"));
        }
        if (request.authentication() instanceof AuthenticationSetting.OAuth
                && secrets.oauthClientSecret().isEmpty()) {
            problems.add(new ValidationProblem(
                    "/oauthClientSecret",
                    "is required: the configuration uses \"authentication\": {\"type\": \"oauth\"}"));
        }
        Stream.of(
                        request.headers().values().stream(),
                        request.params().values().stream(),
                        request.body().stream().flatMap(body -> body.templates().stream()))
                .flatMap(templates -> templates)
                .map(Template::placeholders)
                .flatMap(List::stream)
                .filter(path -> path.root().equals("authentications"))
                .map(IntegrationDraft::authenticationName)
                .distinct()
                .filter(name -> !secrets.authentications().containsKey(name))
                .forEach(name -> problems.add(new ValidationProblem(
                        "/authentications",
                        "no value named \"" + name + "\" is stored, but {authentications." + name + "} is used")));
    }

    private static String authenticationName(PlaceholderPath path) {
        return path.segments().size() > 1
                        && path.segments().get(1) instanceof io.cadbridge.domain.template.PathSegment.Member member
                ? member.name()
                : "";
    }
}
