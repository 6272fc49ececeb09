package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.net.InetAddresses;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class AllowedTargetsTest {

    @Test
    void rangesAddressesAndHostNamesAreAllowed() throws Exception {
        AllowedTargets allowed = AllowedTargets.parse(" 10.20.0.0/16, 192.168.1.10 ,fd00::/8, CRM.internal. ");

        assertThat(allowed.allows(at("10.20.255.1"))).isTrue();
        assertThat(allowed.allows(at("10.21.0.1"))).isFalse();
        assertThat(allowed.allows(at("192.168.1.10"))).isTrue();
        assertThat(allowed.allows(at("192.168.1.11"))).isFalse();
        assertThat(allowed.allows(at("fd12::1"))).isTrue();
        // An address looked up by an allowed name keeps the name: allowed whatever it is.
        assertThat(allowed.allows(new InetSocketAddress(
                        InetAddress.getByAddress(
                                "crm.internal",
                                InetAddresses.forString("10.9.9.9").getAddress()),
                        443)))
                .isTrue();
        assertThat(allowed.allows(new InetSocketAddress(
                        InetAddress.getByAddress(
                                "other.internal",
                                InetAddresses.forString("10.9.9.9").getAddress()),
                        443)))
                .isFalse();
        assertThat(allowed.toString()).isEqualTo("10.20.0.0/16, 192.168.1.10/32, fd00::/8, crm.internal");
    }

    @Test
    void aWrongEntryIsNamed() {
        assertThatThrownBy(() -> AllowedTargets.parse("10.0.0.0/8, 10.0.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> AllowedTargets.parse("300.1.1.1"))
                .hasMessageContaining("\"300.1.1.1\" is not an IP address or a CIDR range");
        assertThatThrownBy(() -> AllowedTargets.parse("http://crm.internal"))
                .hasMessageContaining("\"http://crm.internal\"");
        assertThatThrownBy(() -> AllowedTargets.parse("crm internal")).hasMessageContaining("\"crm internal\"");
    }

    @Test
    void nothingIsAllowedByDefaultAndLoopbackByTheDemo() throws Exception {
        assertThat(AllowedTargets.NONE.allows(at("127.0.0.1"))).isFalse();
        assertThat(AllowedTargets.LOOPBACK.allows(at("127.0.0.1"))).isTrue();
        assertThat(AllowedTargets.LOOPBACK.allows(at("::1"))).isTrue();
        assertThat(AllowedTargets.LOOPBACK.allows(at("169.254.169.254"))).isFalse();
    }

    private static InetSocketAddress at(String literal) {
        return new InetSocketAddress(InetAddresses.forString(literal), 80);
    }
}
