package io.cadbridge.adapters.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code no_proxy} convention as curl reads it: comma-separated host names, each also covering
 * its subdomains (a leading {@code .} or {@code *.} changes nothing), or {@code *} for every host.
 * IP ranges (CIDR) and ports are not understood: such entries match nothing.
 */
record NoProxyList(List<String> suffixes) {

    NoProxyList {
        suffixes = List.copyOf(suffixes);
    }

    static NoProxyList parse(String value) {
        return new NoProxyList(Arrays.stream(value.split("[,\\s]+"))
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .map(entry -> entry.startsWith("*.") ? entry.substring(2) : entry)
                .map(entry -> entry.startsWith(".") ? entry.substring(1) : entry)
                .filter(entry -> !entry.isEmpty())
                .toList());
    }

    boolean exempts(String host) {
        if (host == null) {
            return false;
        }
        String name = unbracketed(host.toLowerCase(Locale.ROOT));
        return suffixes.stream()
                .anyMatch(suffix -> suffix.equals("*") || name.equals(suffix) || name.endsWith("." + suffix));
    }

    /** {@link java.net.URI#getHost()} keeps the brackets of an IPv6 literal; {@code no_proxy} entries have none. */
    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
