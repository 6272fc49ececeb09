package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code fc00::/7}), or one address.
 * Parsed without any DNS lookup: only literal addresses are accepted.
 */
record AddressRange(byte[] network, int prefixLength) {

    AddressRange {
        requireNonNull(network, "network is null");
        if (network.length != 4 && network.length != 16) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes");
        }
        if (prefixLength < 0 || prefixLength > network.length * 8) {
            throw new IllegalArgumentException("a prefix length is 0 to " + network.length * 8);
        }
        network = network.clone();
    }

    /** {@code 10.0.0.0/8}, {@code ::1} or {@code 192.168.1.10}; an {@link IllegalArgumentException} says what is wrong. */
    static AddressRange parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!InetAddresses.isInetAddress(address)) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IP address or a CIDR range");
        }
        byte[] bytes = InetAddresses.forString(address).getAddress();
        if (slash < 0) {
            return new AddressRange(bytes, bytes.length * 8);
        }
        try {
            return new AddressRange(bytes, Integer.parseInt(text.substring(slash + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" has no valid prefix length (0 to " + bytes.length * 8 + " after the /)", e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range
                && prefixLength == range.prefixLength
                && java.util.Arrays.equals(network, range.network);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        try {
            return InetAddresses.toAddrString(InetAddress.getByAddress(network)) + "/" + prefixLength;
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }
}
