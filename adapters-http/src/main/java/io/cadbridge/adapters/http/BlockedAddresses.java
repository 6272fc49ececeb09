package io.cadbridge.adapters.http;

import com.google.common.net.InetAddresses;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses cadbridge does not call unless an operator allows them (SSRF guard): everything
 * that is not a public unicast address — loopback, link-local (where cloud metadata services
 * answer), private, carrier-grade NAT, unique-local, multicast, unspecified and reserved — also
 * when an IPv6 address carries one of them (IPv4-mapped, IPv4-compatible, 6to4, Teredo, NAT64).
 * Decided on the address alone: no lookup, no connection.
 */
final class BlockedAddresses {

    private record Blocked(AddressRange range, String kind) {}

    private static final List<Blocked> RANGES = List.of(
            blocked("0.0.0.0/8", "an unspecified (\"this network\") address"),
            blocked("10.0.0.0/8", "a private address"),
            blocked("100.64.0.0/10", "a carrier-grade NAT address"),
            blocked("127.0.0.0/8", "a loopback address"),
            blocked("169.254.0.0/16", "a link-local address, where cloud metadata services answer"),
            blocked("172.16.0.0/12", "a private address"),
            blocked("192.0.0.0/24", "an IETF protocol assignment address"),
            blocked("192.168.0.0/16", "a private address"),
            blocked("198.18.0.0/15", "a benchmarking address"),
            blocked("224.0.0.0/4", "a multicast address"),
            blocked("240.0.0.0/4", "a reserved or broadcast address"),
            blocked("::/128", "the unspecified address"),
            blocked("::1/128", "the loopback address"),
            blocked("::/96", "an IPv4-compatible address"),
            blocked("64:ff9b::/96", "a NAT64 address"),
            blocked("64:ff9b:1::/48", "a NAT64 address"),
            blocked("fc00::/7", "a unique-local address"),
            blocked("fe80::/10", "a link-local address"),
            blocked("fec0::/10", "a site-local address"),
            blocked("ff00::/8", "a multicast address"));

    private BlockedAddresses() {}

    /** Why {@code address} is not called, or empty for a public address. */
    static Optional<String> reason(InetAddress address) {
        Optional<Inet4Address> embedded = embeddedIPv4(address);
        if (embedded.isPresent()) {
            return reason(embedded.get()).map(kind -> kind + " inside an IPv6 address");
        }
        return RANGES.stream()
                .filter(blocked -> blocked.range().contains(address))
                .map(Blocked::kind)
                .findFirst();
    }

    /** The IPv4 address an IPv6 one carries: IPv4-mapped, IPv4-compatible, 6to4 or Teredo. */
    private static Optional<Inet4Address> embeddedIPv4(InetAddress address) {
        if (!(address instanceof Inet6Address ipv6)) {
            return Optional.empty();
        }
        byte[] bytes = ipv6.getAddress();
        byte[] mappedPrefix = new byte[12];
        mappedPrefix[10] = (byte) 0xff;
        mappedPrefix[11] = (byte) 0xff;
        if (Arrays.equals(bytes, 0, 12, mappedPrefix, 0, 12)) {
            return Optional.of(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        return InetAddresses.hasEmbeddedIPv4ClientAddress(ipv6)
                ? Optional.of(InetAddresses.getEmbeddedIPv4ClientAddress(ipv6))
                : Optional.empty();
    }

    private static Inet4Address ipv4(byte[] bytes) {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }

    private static Blocked blocked(String range, String kind) {
        return new Blocked(AddressRange.parse(range), kind);
    }
}
