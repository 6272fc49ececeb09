package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import com.google.common.net.InetAddresses;
import io.cadbridge.application.port.out.TargetCheck;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The SSRF guard's verdict on what an integration has written, before any call: literal addresses and
 * {@code localhost} names (RFC 6761: always this machine) are judged as {@link GuardedSocketFactory}
 * will judge them; a name that needs DNS, or a host with a placeholder, is judged when it is called.
 */
final class SaveTimeTargetCheck implements TargetCheck {

    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final AllowedTargets allowed;

    SaveTimeTargetCheck(AllowedTargets allowed) {
        this.allowed = requireNonNull(allowed, "allowed is null");
    }

    @Override
    public Optional<String> refusalOfUrl(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        return parsed == null ? Optional.empty() : refusalOfHost(parsed.host(), parsed.port());
    }

    @Override
    public Optional<String> refusalOfHost(String host, int port) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        Optional<InetAddress> address = knownWithoutLookup(bare);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        InetSocketAddress target = new InetSocketAddress(address.get(), port);
        return GuardedSocketFactory.refusal(target, allowed)
                .map(kind -> "calls to " + host + " will be refused: it is " + kind
                        + ", which cadbridge does not call unless CADBRIDGE_ALLOWED_TARGETS allows it");
    }

    private static Optional<InetAddress> knownWithoutLookup(String host) {
        if (InetAddresses.isInetAddress(host)) {
            return Optional.of(InetAddresses.forString(host));
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            try {
                // Keeps the name, as a lookup would: an allowed name is recognised on it.
                return Optional.of(InetAddress.getByAddress(name, LOOPBACK));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("4 bytes are always an address", e);
            }
        }
        return Optional.empty();
    }
}
