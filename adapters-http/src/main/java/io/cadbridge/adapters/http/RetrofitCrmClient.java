package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CrmClient} on Retrofit and OkHttp clients sharing one pool, each integration's calls guarded by
 * its own cache, retries, circuit breaker, rate limiter and bulkhead ({@link IntegrationGuards}).
 * Logs name method, host and path only: headers, query values, credentials and tokens may hold secrets or personal data.
 */
final class RetrofitCrmClient implements CrmClient, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetrofitCrmClient.class);

    private final ConnectionClients clients;
    private final CrmCalls calls;
    private final CrmExchange exchange;
    private final IntegrationGuards guards;
    private final OkHttpClient httpClient;
    private final InsecureTlsWarnings insecureTls = new InsecureTlsWarnings();
    private final VendorCalls vendorCalls;

    RetrofitCrmClient(
            ConnectionClients clients, OAuthTokens tokens, IntegrationGuards guards, @ForCrm OkHttpClient httpClient) {
        this(clients, tokens, guards, httpClient, VendorRegistry.of(Map.of()));
    }

    @Inject
    RetrofitCrmClient(
            ConnectionClients clients,
            OAuthTokens tokens,
            IntegrationGuards guards,
            @ForCrm OkHttpClient httpClient,
            VendorRegistry vendors) {
        this.clients = requireNonNull(clients, "clients is null");
        this.calls = new CrmCalls(new CrmServices(clients));
        this.exchange = new CrmExchange(calls, clients, requireNonNull(tokens, "tokens is null"));
        this.guards = requireNonNull(guards, "guards is null");
        this.httpClient = requireNonNull(httpClient, "httpClient is null");
        this.vendorCalls = new VendorCalls(vendors, this::send, new VendorAuthentication(tokens, clients));
    }

    @Override
    public CrmResponse lookup(Integration integration, ConversationEvent event) throws CrmCallException {
        return vendorCalls.lookup(integration, event);
    }

    @Override
    public CrmResponse send(IntegrationId integration, OutboundRequest request) throws CrmCallException {
        requireNonNull(integration, "integration is null");
        try (ConnectionClients.Sending sending = clients.sending()) {
            return sendCounted(integration, request);
        }
    }

    private CrmResponse sendCounted(IntegrationId integration, OutboundRequest request) throws CrmCallException {
        CheckedCall checked = calls.check(requireNonNull(request, "request is null"));
        CallTarget target = checked.target();
        if (!request.verifyTls()) {
            insecureTls.warnOnce(integration, target);
        }
        IntegrationGuard guard = guards.of(integration, request);
        Optional<CrmResponse> cached = guard.cache().flatMap(cache -> cache.find(request));
        if (cached.isPresent()) {
            LOG.debug("{} for integration {} answered from the cache", target, integration);
            return cached.get();
        }
        try {
            CrmResponse response = new GuardedCall(guard, request, target, exchange, checked).run();
            guard.cache().ifPresent(cache -> cache.keep(request, response));
            LOG.debug(
                    "{} for integration {} answered HTTP {} in {} ms",
                    target,
                    integration,
                    response.status(),
                    response.duration().toMillis());
            return response;
        } catch (CrmCallException | RuntimeException e) {
            LOG.warn(
                    "{} for integration {} failed: {}",
                    target,
                    integration,
                    e instanceof CrmCallException failure
                            ? failure.kind()
                            : e.getClass().getName());
            throw e;
        }
    }

    /**
     * Stops OkHttp's dispatcher threads and closes the idle connections of every pool (the shared client's
     * among them); the composition root calls it on shutdown.
     */
    @Override
    public void close() {
        httpClient.dispatcher().executorService().shutdown();
        clients.evictAll();
    }
}
