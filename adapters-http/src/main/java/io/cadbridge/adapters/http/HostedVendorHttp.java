package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.spi.VendorException;
import io.cadbridge.spi.VendorHttp;
import io.cadbridge.spi.VendorRequest;
import io.cadbridge.spi.VendorResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The HTTP port lent to an adapter for one lookup: each call becomes an {@link OutboundRequest} with
 * the integration's timeout, proxy, TLS and resilience, sent through the CRM client (retries with
 * Retry-After, circuit breaker, bulkhead, size cap, SSRF guard), authenticated by the host. Every call
 * is noted (purpose, method, path, status; never query values or headers) for the run's trace.
 */
final class HostedVendorHttp implements VendorHttp {

    /** The CRM client's send. */
    @FunctionalInterface
    interface Sender {
        CrmResponse send(IntegrationId integration, OutboundRequest request) throws CrmCallException;
    }

    private final String vendor;
    private final IntegrationId integration;
    private final OutboundRequest template;
    private final VendorAuthentication.Credentials credentials;
    private final Sender sender;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile CrmCallException failure;

    HostedVendorHttp(
            String vendor,
            IntegrationId integration,
            OutboundRequest template,
            VendorAuthentication.Credentials credentials,
            Sender sender) {
        this.vendor = requireNonNull(vendor, "vendor is null");
        this.integration = requireNonNull(integration, "integration is null");
        this.template = requireNonNull(template, "template is null");
        this.credentials = requireNonNull(credentials, "credentials is null");
        this.sender = requireNonNull(sender, "sender is null");
    }

    @Override
    public VendorResponse send(VendorRequest request) throws VendorException {
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        headers.putAll(credentials.headers());
        headers.putIfAbsent("Accept", "application/json");
        OutboundRequest outbound = new OutboundRequest(
                HttpMethod.valueOf(request.method()),
                credentials.baseUrl() + request.path(),
                headers,
                request.query(),
                request.body(),
                credentials.authentication(),
                template.timeout(),
                template.proxy(),
                template.verifyTls(),
                template.resilience());
        String call = request.purpose() + " " + request.method() + " " + request.path();
        try {
            CrmResponse response = sender.send(integration, outbound);
            calls.add(call + " " + response.status());
            return new VendorResponse(response.status(), response.headers(), response.json(), response.text());
        } catch (CrmCallException e) {
            failure = e;
            calls.add(call + " failed: " + e.kind().name().toLowerCase(Locale.ROOT));
            throw new VendorException(VendorException.Kind.UNAVAILABLE, request.purpose() + ": " + e.getMessage());
        }
    }

    /** The calls made so far, one per line's worth, separated by "; ". */
    String callSummary() {
        return calls.isEmpty() ? "none" : String.join("; ", calls);
    }

    /** Why the last call that had no answer failed; the lookup's failure keeps its kind. */
    Optional<CrmCallException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        return "HostedVendorHttp[" + vendor + ", integration " + integration + "]";
    }
}
