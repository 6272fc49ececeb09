package io.cadbridge.application.port.out;

import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.IntegrationId;

/** Calls a CRM/CDP web service. Any HTTP answer is a response; no answer at all is a {@link CrmCallException}. */
public interface CrmClient {

    CrmResponse send(IntegrationId integration, OutboundRequest request) throws CrmCallException;
}
