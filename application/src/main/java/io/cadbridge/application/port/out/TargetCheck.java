package io.cadbridge.application.port.out;

import java.util.Optional;

/**
 * Whether the CRM client would refuse to call an address (the SSRF guard), decided when an integration
 * is saved from what is written, without any lookup or connection: a literal address, or a name such
 * as {@code localhost} that always means this machine. Names that need DNS are judged when called.
 */
public interface TargetCheck {

    /** Why calls to {@code url} will be refused, or empty when nothing written there is refused. */
    Optional<String> refusalOfUrl(String url);

    /** The same for a proxy at {@code host}:{@code port}. */
    Optional<String> refusalOfHost(String host, int port);
}
