package io.cadbridge.adapters.http;

import io.cadbridge.domain.integration.IntegrationId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Warns once per integration that it calls its CRM without checking certificates ({@code "verify": false}). */
final class InsecureTlsWarnings {

    private static final Logger LOG = LoggerFactory.getLogger(InsecureTlsWarnings.class);

    private final Set<IntegrationId> warned = ConcurrentHashMap.newKeySet();

    /** True when this call logged the warning, false when the integration was already warned about. */
    boolean warnOnce(IntegrationId integration, CallTarget target) {
        if (!warned.add(integration)) {
            return false;
        }
        LOG.warn(
                "integration {} calls {} with TLS verification off (\"verify\": false): any certificate and host name is accepted, "
                        + "so anyone on the network path can read and change its requests, credentials included",
                integration,
                target);
        return true;
    }
}
