package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.IntegrationId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link CrmClient} on Retrofit and OkHttp clients sharing one pool, guarded by a circuit breaker per integration.
 * Logs name method, host and path only: headers, query values, credentials and tokens may hold secrets or personal data.
 */
final class RetrofitCrmClient implements CrmClient, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetrofitCrmClient.class);

    private final CrmCalls calls;
    private final CrmExchange exchange;
    private final IntegrationBreakers breakers;
    private final OkHttpClient httpClient;
    private final InsecureTlsWarnings insecureTls = new InsecureTlsWarnings();

    @Inject
    RetrofitCrmClient(ConnectionClients clients, OAuthTokens tokens, IntegrationBreakers breakers, @ForCrm OkHttpClient httpClient) {
        this.calls = new CrmCalls(new CrmServices(requireNonNull(clients, "clients is null")));
        this.exchange = new CrmExchange(calls, clients, requireNonNull(tokens, "tokens is null"));
        this.breakers = requireNonNull(breakers, "breakers is null");
        this.httpClient = requireNonNull(httpClient, "httpClient is null");
    }

    @Override
    public CrmResponse send(IntegrationId integration, OutboundRequest request) throws CrmCallException {
        requireNonNull(integration, "integration is null");
        CallTarget target = CallTarget.of(requireNonNull(request, "request is null"));
        calls.check(request, target);
        if (!request.verifyTls()) {
            insecureTls.warnOnce(integration, target);
        }
        CircuitBreaker breaker = breakers.of(integration);
        if (!breaker.tryAcquirePermission()) {
            LOG.debug("{} for integration {} not sent: circuit breaker {}", target, integration, breaker.getState());
            throw CircuitRefusals.refusal(integration, breaker, breakers);
        }
        long start = System.nanoTime();
        try {
            CrmResponse response = exchange.send(request, target);
            breaker.onResult(System.nanoTime() - start, TimeUnit.NANOSECONDS, response);
            LOG.debug("{} for integration {} answered HTTP {} in {} ms", target, integration, response.status(), response.duration().toMillis());
            return response;
        } catch (CrmCallException | RuntimeException e) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
            LOG.warn("{} for integration {} failed: {}", target, integration,
                    e instanceof CrmCallException failure ? failure.kind() : e.getClass().getName());
            throw e;
        }
    }

    /** Stops OkHttp's dispatcher threads and closes pooled connections (shared by all derived clients); the composition root calls it on shutdown. */
    @Override
    public void close() {
        httpClient.dispatcher().executorService().shutdown();
        httpClient.connectionPool().evictAll();
    }
}
