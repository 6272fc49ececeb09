package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Optional;
import javax.net.SocketFactory;

/**
 * The SSRF guard, at connect time: every socket the CRM client opens checks the address it is about
 * to dial. That is the one place every route passes — a literal IP (which never reaches a custom
 * OkHttp {@code Dns}), each redirect hop, a name that resolves to a private address now but did not
 * when the integration was saved, and the proxy. TLS is layered over these sockets, so https is
 * covered too.
 */
final class GuardedSocketFactory extends SocketFactory {

    private final AllowedTargets allowed;

    GuardedSocketFactory(AllowedTargets allowed) {
        this.allowed = requireNonNull(allowed, "allowed is null");
    }

    @Override
    public Socket createSocket() {
        return new GuardedSocket(allowed);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localHost, localPort));
        socket.connect(new InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }

    private Socket connected(InetSocketAddress target) throws IOException {
        Socket socket = createSocket();
        socket.connect(target);
        return socket;
    }

    /** Why a connection to {@code target} is refused, or empty when it may be made. */
    static Optional<String> refusal(InetSocketAddress target, AllowedTargets allowed) {
        if (target.getAddress() == null || allowed.allows(target)) {
            return Optional.empty();
        }
        return BlockedAddresses.reason(target.getAddress());
    }

    private static final class GuardedSocket extends Socket {

        private final AllowedTargets allowed;

        GuardedSocket(AllowedTargets allowed) {
            this.allowed = allowed;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (endpoint instanceof InetSocketAddress target) {
                Optional<String> refused = refusal(target, allowed);
                if (refused.isPresent()) {
                    close();
                    throw new BlockedTargetException(target, refused.get());
                }
            }
            super.connect(endpoint, timeout);
        }
    }
}
