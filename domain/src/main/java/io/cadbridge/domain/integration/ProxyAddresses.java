package io.cadbridge.domain.integration;

import io.cadbridge.domain.exchange.ProxySetting;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the configuration's {@code proxy}: {@code auto}, {@code no}, {@code host:port} or {@code http://host:port}. */
final class ProxyAddresses {

    private static final Pattern ADDRESS =
            Pattern.compile("(?:http://)?([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:]+]):([0-9]{1,5})/?");

    private ProxyAddresses() {}

    static Optional<ProxySetting> parse(String text) {
        String value = text.trim();
        switch (value.toLowerCase(Locale.ROOT)) {
            case "auto", "" -> {
                return Optional.of(ProxySetting.AUTO);
            }
            case "no" -> {
                return Optional.of(ProxySetting.DIRECT);
            }
            default -> {
                Matcher matcher = ADDRESS.matcher(value);
                if (!matcher.matches()) {
                    return Optional.empty();
                }
                int port = Integer.parseInt(matcher.group(2));
                return port >= 1 && port <= 65535
                        ? Optional.of(new ProxySetting.Address(matcher.group(1), port))
                        : Optional.empty();
            }
        }
    }
}
