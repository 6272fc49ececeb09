package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is written in an integration, judged without a lookup or a connection. */
class SaveTimeTargetCheckTest {

    private final SaveTimeTargetCheck check =
            new SaveTimeTargetCheck(AllowedTargets.parse("10.20.0.0/16, crm.localhost"));

    @Test
    void aMetadataOrPrivateOrLoopbackAddressIsNamedWithWhy() {
        assertThat(check.refusalOfUrl("https://169.254.169.254/latest/meta-data"))
                .hasValueSatisfying(refusal -> assertThat(refusal)
                        .startsWith("calls to 169.254.169.254 will be refused: it is a link-local address")
                        .contains("CADBRIDGE_ALLOWED_TARGETS"));
        assertThat(check.refusalOfUrl("http://10.1.2.3:8080/api"))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("private address"));
        assertThat(check.refusalOfUrl("http://[::ffff:127.0.0.1]/")).isPresent();
        assertThat(check.refusalOfUrl("http://LocalHost./customers"))
                .hasValueSatisfying(refusal -> assertThat(refusal).contains("loopback"));
        assertThat(check.refusalOfHost("192.168.0.10", 3128)).isPresent();
    }

    @Test
    void allowedAddressesNamesNeedingDnsAndPlaceholdersAreNotJudgedNow() {
        assertThat(check.refusalOfUrl("http://10.20.1.1/api")).isEmpty();
        assertThat(check.refusalOfUrl("http://crm.localhost/api")).isEmpty();
        assertThat(check.refusalOfUrl("https://crm.example.com/contacts/{contact.id}"))
                .isEmpty();
        assertThat(check.refusalOfUrl("https://{authentications.host}/contacts"))
                .isEmpty();
        assertThat(check.refusalOfUrl("edi://echo")).isEmpty();
        assertThat(check.refusalOfHost("proxy.example.com", 3128)).isEmpty();
    }
}
