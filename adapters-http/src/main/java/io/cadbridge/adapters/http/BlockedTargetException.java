package io.cadbridge.adapters.http;

import java.io.IOException;
import java.net.InetSocketAddress;

/** A connection the SSRF guard refused before it was made. */
final class BlockedTargetException extends IOException {

    private static final long serialVersionUID = 1L;

    BlockedTargetException(InetSocketAddress target, String kind) {
        super("refused to connect to " + target.getHostString() + " ("
                + target.getAddress().getHostAddress() + "): it is " + kind
                + ", which cadbridge does not call unless CADBRIDGE_ALLOWED_TARGETS allows it");
    }
}
