package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.exchange.ProxySetting;

/** The per-request options that need their own OkHttp client: how to reach the server and whether to check its certificate. */
record ConnectionOptions(ProxySetting proxy, boolean verifyTls) {

    ConnectionOptions {
        requireNonNull(proxy, "proxy is null");
    }

    static ConnectionOptions of(OutboundRequest request) {
        return new ConnectionOptions(request.proxy(), request.verifyTls());
    }
}
