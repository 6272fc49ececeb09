package io.cadbridge.application.port.out;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;

/** Calls a CRM/CDP web service. Any HTTP answer is a response; no answer at all is a {@link CrmCallException}. */
public interface CrmClient {

    CrmResponse send(IntegrationId integration, OutboundRequest request) throws CrmCallException;

    /**
     * Runs the vendor adapter of a vendor integration (ADR 0031) for an event. Its document is the
     * body of a 200 answer; a vendor refusal is an answer with the vendor's status; no answer is a
     * {@link CrmCallException}. A client without vendor adapters refuses every lookup.
     */
    default CrmResponse lookup(Integration integration, ConversationEvent event) throws CrmCallException {
        throw new CrmCallException(
                CrmCallException.Kind.INVALID_REQUEST,
                "this CRM client has no vendor adapters; " + integration.name() + " needs one");
    }
}
