package io.cadbridge.adapters.http;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.IntegrationId;
import java.math.BigDecimal;

/** The messages for a call not sent because the integration's own limits were reached. */
final class CallLimits {

    private CallLimits() {}

    static CrmCallException bulkheadFull(IntegrationId integration, OutboundRequest request, CallTarget target) {
        return new CrmCallException(
                Kind.LIMIT_REACHED,
                "integration " + integration + " already has "
                        + request.resilience().maxConcurrentCalls() + " calls to " + target.host()
                        + " in progress (resilience.maxConcurrentCalls)"
                        + " and none finished within its timeout; " + target
                        + " was not sent: the CRM answers slowly, or the limit is too low");
    }

    static CrmCallException rateLimited(IntegrationId integration, OutboundRequest request, CallTarget target) {
        String rate = BigDecimal.valueOf(request.resilience().rateLimit().orElseThrow())
                .stripTrailingZeros()
                .toPlainString();
        return new CrmCallException(
                Kind.LIMIT_REACHED,
                "integration " + integration + " may call its CRM at most " + rate
                        + " times per second (resilience.rateLimit); " + target
                        + " was not sent: its turn would not come within "
                        + HumanDuration.describe(request.timeout())
                        + " (request.timeout) or before the call's deadline");
    }
}
