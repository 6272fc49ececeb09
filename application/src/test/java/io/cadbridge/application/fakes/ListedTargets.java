package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.TargetCheck;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory world's SSRF verdict: the hosts a test lists are refused, the others are not. */
public final class ListedTargets implements TargetCheck {

    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    public void refuse(String host) {
        refused.add(host);
    }

    @Override
    public Optional<String> refusalOfUrl(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? Optional.empty() : refusalOfHost(host, 0);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> refusalOfHost(String host, int port) {
        return refused.contains(host) ? Optional.of("calls to " + host + " will be refused") : Optional.empty();
    }
}
