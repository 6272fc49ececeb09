package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.IntegrationId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;

/**
 * {@link CrmClient} on Retrofit and one shared OkHttp client, guarded by a circuit breaker per integration.
 * Logs name method, host and path only: headers, query values and credentials may hold secrets or personal data.
 */
final class RetrofitCrmClient implements CrmClient, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetrofitCrmClient.class);

    private final CrmCalls calls;
    private final IntegrationBreakers breakers;
    private final OkHttpClient httpClient;

    @Inject
    RetrofitCrmClient(CrmService service, IntegrationBreakers breakers, @ForCrm OkHttpClient httpClient) {
        this.calls = new CrmCalls(requireNonNull(service, "service is null"));
        this.breakers = requireNonNull(breakers, "breakers is null");
        this.httpClient = requireNonNull(httpClient, "httpClient is null");
    }

    @Override
    public CrmResponse send(IntegrationId integration, OutboundRequest request) throws CrmCallException {
        requireNonNull(integration, "integration is null");
        CallTarget target = CallTarget.of(requireNonNull(request, "request is null"));
        Call<ResponseBody> call = calls.prepare(request, target);
        CircuitBreaker breaker = breakers.of(integration);
        if (!breaker.tryAcquirePermission()) {
            LOG.debug("{} for integration {} not sent: circuit breaker {}", target, integration, breaker.getState());
            throw CircuitRefusals.refusal(integration, breaker, breakers);
        }
        long start = System.nanoTime();
        try {
            CrmResponse response = execute(call, target, new CallTimeout(request.timeout()), start);
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

    private static CrmResponse execute(Call<ResponseBody> call, CallTarget target, CallTimeout timeout, long start) throws CrmCallException {
        try {
            return CrmResponses.read(call.execute(), start);
        } catch (IOException e) {
            throw CallFailures.translate(e, target, timeout);
        }
    }

    /** Stops OkHttp's dispatcher threads and closes pooled connections; the composition root calls it on shutdown. */
    @Override
    public void close() {
        httpClient.dispatcher().executorService().shutdown();
        httpClient.connectionPool().evictAll();
    }
}
