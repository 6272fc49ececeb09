package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.net.InetAddresses;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SSRF guard's decision on the address alone, for ranges no test may connect to: metadata,
 * private, unique-local, multicast… Addresses are parsed as literals here: no lookup, no connection.
 */
class BlockedAddressesTest {

    @ParameterizedTest
    @CsvSource({
        "169.254.169.254, link-local address, where cloud metadata services answer",
        "169.254.170.2, link-local address",
        "10.0.0.1, private address",
        "172.16.0.1, private address",
        "172.31.255.255, private address",
        "192.168.1.1, private address",
        "100.64.0.1, carrier-grade NAT",
        "127.0.0.1, loopback",
        "127.255.255.254, loopback",
        "0.0.0.0, unspecified",
        "0.1.2.3, unspecified",
        "224.0.0.1, multicast",
        "239.255.255.250, multicast",
        "255.255.255.255, reserved or broadcast",
        "240.0.0.1, reserved or broadcast",
        "198.18.0.1, benchmarking",
        "192.0.0.8, IETF protocol assignment",
        "::, unspecified",
        "::1, loopback",
        "fc00::1, unique-local",
        "fd12:3456:789a::1, unique-local",
        "fe80::1, link-local",
        "fec0::1, site-local",
        "ff02::1, multicast",
        "64:ff9b::a9fe:a9fe, NAT64",
        "2002:a9fe:a9fe::1, link-local address, where cloud metadata services answer inside an IPv6 address",
        "2002:0a00:0001::1, private address inside an IPv6 address",
    })
    void nonPublicAddressesAreBlockedWithTheirKind(String address, String kind) throws Exception {
        assertThat(BlockedAddresses.reason(InetAddresses.forString(address)))
                .hasValueSatisfying(reason -> assertThat(reason).contains(kind));
    }

    /** Java turns ::ffff:a.b.c.d into an IPv4 address when it parses it; built from bytes it can stay IPv6. */
    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "127.0.0.1", "10.1.2.3"})
    void anIPv4MappedIPv6AddressIsJudgedByItsIPv4Address(String ipv4) throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(InetAddresses.forString(ipv4).getAddress(), 0, mapped, 12, 4);
        InetAddress asIPv6 = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(asIPv6).isInstanceOf(Inet6Address.class);
        assertThat(BlockedAddresses.reason(asIPv6)).isPresent();
        assertThat(BlockedAddresses.reason(InetAddresses.forString("::ffff:" + ipv4)))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "8.8.8.8",
                "1.1.1.1",
                "172.32.0.1",
                "100.128.0.1",
                "192.169.0.1",
                "2001:4860:4860::8888",
                "2002:0808:0808::1",
                "2606:4700:4700::1111"
            })
    void publicAddressesAreNotBlocked(String address) throws UnknownHostException {
        assertThat(BlockedAddresses.reason(InetAddresses.forString(address))).isEmpty();
    }
}
