package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.condition.ConditionResult;
import io.cadbridge.domain.condition.ConditionScope;
import io.cadbridge.domain.condition.RandomSource;
import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OAuthClient;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.exchange.RequestAuthentication;
import io.cadbridge.domain.routing.SetEvaluator;
import io.cadbridge.domain.routing.SetResult;
import io.cadbridge.domain.template.PlaceholderScope;
import io.cadbridge.json.JsonObject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An event-driven integration: when it runs (trigger), what it calls and what it keeps. */
public record Integration(
        IntegrationId id,
        String name,
        String description,
        ChannelType channelType,
        EndpointUrl endpointUrl,
        int ordinal,
        IntegrationDirection direction,
        Set<EventName> events,
        Scope scope,
        boolean enabled,
        IntegrationConfiguration configuration,
        Secrets secrets,
        Optional<VendorBinding> vendor) {

    public Integration {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        requireNonNull(channelType, "channelType is null");
        requireNonNull(endpointUrl, "endpointUrl is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(events, "events is null");
        // EnumSet.copyOf refuses an empty collection unless it is an EnumSet.
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
        requireNonNull(scope, "scope is null");
        requireNonNull(configuration, "configuration is null");
        requireNonNull(secrets, "secrets is null");
        requireNonNull(vendor, "vendor is null");
    }

    /** The trigger: event, direction, channel, and queue or direct conversation must all match. */
    public TriggerDecision triggerFor(ConversationEvent event) {
        Contact contact = event.contact();
        if (!enabled) {
            return TriggerDecision.notTriggered("integration is disabled");
        }
        if (!events.contains(event.name())) {
            return TriggerDecision.notTriggered("event " + event.name().displayName() + " is not one of its events");
        }
        if (!direction.covers(contact.direction())) {
            return TriggerDecision.notTriggered("direction " + contact.direction() + " is not " + direction.wireName());
        }
        if (!channelType.covers(contact.channelType())) {
            return TriggerDecision.notTriggered(
                    "channel " + contact.channelType() + " is not " + channelType.wireName());
        }
        if (!scope.covers(contact.queue())) {
            return TriggerDecision.notTriggered(
                    contact.queue().isEmpty()
                            ? "direct conversations are not in its scope"
                            : "queue " + contact.queue().get() + " is not in its scope");
        }
        return TriggerDecision.TRIGGERED;
    }

    /** Renders the request for an event: URL, headers, query parameters and body with their values filled in. */
    public OutboundRequest renderRequest(ConversationEvent event) {
        RequestDefinition request = configuration.request();
        PlaceholderScope scope = ExchangeScopes.request(this, event);
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((header, template) -> headers.put(header, template.renderText(scope)));
        Map<String, String> params = new LinkedHashMap<>();
        request.params().forEach((param, template) -> params.put(param, template.renderText(scope)));
        RequestAuthentication authentication = switch (request.authentication()) {
            case AuthenticationSetting.None none -> RequestAuthentication.NONE;
            case AuthenticationSetting.Basic basic ->
                secrets.credentials()
                        .<RequestAuthentication>map(RequestAuthentication.Basic::new)
                        .orElse(RequestAuthentication.NONE);
            case AuthenticationSetting.OAuth oauth ->
                new RequestAuthentication.OAuth(new OAuthClient(
                        oauth.clientId(),
                        secrets.oauthClientSecret().orElse(""),
                        oauth.accessTokenUrl(),
                        oauth.scopes()));
        };
        return new OutboundRequest(
                request.method(),
                endpointUrl.render(scope),
                headers,
                params,
                request.body().map(body -> body.render(scope)),
                authentication,
                request.timeout(),
                request.proxy(),
                request.verify(),
                configuration.resilience());
    }

    /** What {@code response.save} makes of an answer: the attached data to merge, empty when nothing is saved. */
    public JsonObject renderSave(ConversationEvent event, OutboundRequest request, CrmResponse response) {
        return configuration
                .response()
                .save()
                .map(save -> save.render(ExchangeScopes.response(this, event, request, response)))
                .orElse(JsonObject.EMPTY);
    }

    /**
     * What {@code response.save} keeps of an answer that is not 2xx: only the keys that read request
     * and response metadata (ADR 0019); empty when there are none.
     */
    public JsonObject renderSaveOnFailure(ConversationEvent event, OutboundRequest request, CrmResponse response) {
        return configuration
                .response()
                .saveOnFailure()
                .map(save -> save.render(ExchangeScopes.response(this, event, request, response)))
                .orElse(JsonObject.EMPTY);
    }

    /**
     * What {@code response.save} keeps when no answer came: the same metadata keys, with
     * {@code {response.status}} null and {@code reason} in {@code {debug}} as {@code error}.
     */
    public JsonObject renderSaveWithoutAnswer(
            ConversationEvent event, OutboundRequest request, String reason, Duration waited) {
        return configuration
                .response()
                .saveOnFailure()
                .map(save -> save.render(ExchangeScopes.noAnswer(this, event, request, reason, waited)))
                .orElse(JsonObject.EMPTY);
    }

    /** What {@code response.set} makes of an answer, each operation checked; empty when nothing is set. */
    public List<SetResult> evaluateSet(
            ConversationEvent event, OutboundRequest request, CrmResponse response, SetEvaluator evaluator) {
        return configuration
                .response()
                .set()
                .map(set -> evaluator.evaluate(set, ExchangeScopes.response(this, event, request, response)))
                .orElse(List.of());
    }

    /** The request's condition for this scope; empty when the request has none (it is always sent). */
    public Optional<ConditionResult> checkCondition(ConditionScope scope) {
        return configuration.request().condition().map(condition -> condition.evaluate(scope));
    }

    /**
     * How long to wait before this run's request: a random time between {@code delay} and
     * {@code delayMax}; zero when the request has no delay.
     */
    public Duration pickDelay(RandomSource random) {
        return configuration
                .request()
                .delay()
                .map(range -> range.pick(random.nextDouble()))
                .orElse(Duration.ZERO);
    }

    /** An integration must be waited for when it blocks or decides routing. */
    public boolean mustBlock() {
        return configuration.request().block() || configuration.response().set().isPresent();
    }
}
