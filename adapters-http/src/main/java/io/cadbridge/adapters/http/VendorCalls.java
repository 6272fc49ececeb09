package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.VendorBinding;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.VendorAdapter;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorLookup;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a vendor integration's adapter for one event (ADR 0031): builds what the adapter is told
 * (the caller's number in all its forms), lends it a {@link HostedVendorHttp}, and turns its document
 * into the 200 answer that {@code {response.body}} reads. A vendor refusal becomes an answer with the
 * vendor's status and the adapter's reason; no answer stays a {@link CrmCallException}.
 */
final class VendorCalls {

    /** The header of the answer (and so of the test run's trace) that lists the vendor calls made. */
    static final String CALLS_HEADER = "x-cadbridge-vendor-calls";

    private final VendorRegistry registry;
    private final HostedVendorHttp.Sender sender;
    private final VendorAuthentication authentication;

    VendorCalls(VendorRegistry registry, HostedVendorHttp.Sender sender, VendorAuthentication authentication) {
        this.registry = requireNonNull(registry, "registry is null");
        this.sender = requireNonNull(sender, "sender is null");
        this.authentication = requireNonNull(authentication, "authentication is null");
    }

    CrmResponse lookup(Integration integration, ConversationEvent event) throws CrmCallException {
        VendorBinding binding = integration
                .vendor()
                .orElseThrow(() -> new IllegalArgumentException(integration.name() + " has no vendor adapter"));
        VendorAdapter adapter = registry.installed(binding.name())
                .orElseThrow(() -> new CrmCallException(
                        Kind.INVALID_REQUEST,
                        "the vendor adapter \"" + binding.name() + "\" is not installed; installed: "
                                + registry.names()))
                .adapter();
        OutboundRequest template = integration.renderRequest(event);
        long start = System.nanoTime();
        HostedVendorHttp http = new HostedVendorHttp(
                binding.name(),
                integration.id(),
                template,
                authentication.of(adapter.authentication(binding.settings()), integration, template),
                sender);
        try {
            JsonValue document = adapter.lookup(lookup(event, binding), http);
            if (document == null) {
                throw new CrmCallException(
                        Kind.INVALID_RESPONSE, "the " + binding.name() + " adapter returned nothing");
            }
            return new CrmResponse(200, headers(http), Optional.of(document), "", since(start));
        } catch (VendorException e) {
            String reason = binding.name() + ": " + e.getMessage();
            if (e.status().isPresent()) {
                return new CrmResponse(e.status().getAsInt(), headers(http), Optional.empty(), "", since(start))
                        .withRetryNote(reason);
            }
            throw new CrmCallException(
                    http.failure().map(CrmCallException::kind).orElse(Kind.INVALID_RESPONSE), reason);
        } catch (RuntimeException e) {
            throw new CrmCallException(Kind.INVALID_RESPONSE, "the " + binding.name() + " adapter failed: " + e, e);
        }
    }

    private static Map<String, String> headers(HostedVendorHttp http) {
        return Map.of("content-type", "application/json", CALLS_HEADER, http.callSummary());
    }

    private static VendorLookup lookup(ConversationEvent event, VendorBinding binding) {
        Contact contact = event.contact();
        Optional<String> address =
                contact.direction().equalsIgnoreCase("OUTBOUND") ? contact.destination() : contact.source();
        Optional<String> region = binding.settings()
                .get(SettingsSchemas.DEFAULT_REGION)
                .filter(JsonString.class::isInstance)
                .map(value -> ((JsonString) value).value());
        return new VendorLookup(
                event.name().displayName(),
                contact.channelType(),
                contact.direction(),
                address,
                address.flatMap(text -> PhoneNumbers.of(text, region)),
                address.filter(text -> text.contains("@")).map(String::strip),
                binding.settings());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
