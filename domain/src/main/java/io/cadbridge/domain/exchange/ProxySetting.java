package io.cadbridge.domain.exchange;

import static java.util.Objects.requireNonNull;

/** The configuration's {@code proxy}: {@code auto} (default), {@code no}, or a proxy address. */
public sealed interface ProxySetting {

    Auto AUTO = new Auto();
    Direct DIRECT = new Direct();

    /** Use the proxy the environment names ({@code https_proxy}/{@code http_proxy}, JVM proxy properties), if any. */
    record Auto() implements ProxySetting {}

    /** {@code "no"}: connect directly, bypassing any proxy. */
    record Direct() implements ProxySetting {}

    /** An explicit HTTP proxy, e.g. {@code http://proxy.example:3128}. */
    record Address(String host, int port) implements ProxySetting {
        public Address {
            requireNonNull(host, "host is null");
            if (host.isBlank() || port < 1 || port > 65535) {
                throw new IllegalArgumentException("a proxy address needs a host and a port from 1 to 65535");
            }
        }
    }
}
