package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.integration.HttpMethod;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An https CRM whose certificate is self-signed and names another host: wrong twice over. */
class TlsVerificationTest extends LocalCrmServerTest {

    private static final HandshakeCertificates SELF_SIGNED = new HandshakeCertificates.Builder()
            .heldCertificate(new HeldCertificate.Builder()
                    .addSubjectAlternativeName("crm.example.test")
                    .build())
            .build();

    private final MockWebServer tokenServer = new MockWebServer();

    @BeforeEach
    void serveHttps() throws Exception {
        server.useHttps(SELF_SIGNED.sslSocketFactory());
        tokenServer.useHttps(SELF_SIGNED.sslSocketFactory());
        tokenServer.start();
    }

    @AfterEach
    void stopTokenServer() {
        tokenServer.close();
    }

    private Requests httpsRequest(boolean verify) {
        return Requests.request(HttpMethod.GET, server.url("/contacts").toString())
                .verifyTls(verify);
    }

    private CrmCallException failure(Requests request) {
        return catchThrowableOfType(CrmCallException.class, () -> client.send(integration, request.build()));
    }

    @Test
    void aSelfSignedCertificateIsAConnectionFailureWhenVerifying() {
        CrmCallException failure = failure(httpsRequest(true));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(failure)
                .hasMessageContaining("TLS with " + server.getHostName() + ":" + server.getPort() + " failed");
    }

    @Test
    void anyCertificateAndHostNameIsAcceptedWhenVerificationIsOff() throws Exception {
        server.enqueue(new MockResponse.Builder().body("insecure but fine").build());

        assertThat(client.send(integration, httpsRequest(false).build()).text()).isEqualTo("insecure but fine");
    }

    @Test
    void aConnectionOpenedWithoutVerificationIsNotReusedByAVerifyingCall() throws Exception {
        server.enqueue(new MockResponse.Builder().body("insecure").build());
        client.send(integration, httpsRequest(false).build());

        assertThat(failure(httpsRequest(true)).kind()).isEqualTo(Kind.CONNECTION);
    }

    @Test
    void theTokenRequestFollowsTheCallsVerificationChoice() throws Exception {
        tokenServer.enqueue(new MockResponse.Builder()
                .body("{\"access_token\":\"t\",\"token_type\":\"Bearer\"}")
                .build());
        server.enqueue(new MockResponse.Builder().body("ok").build());
        String tokenUrl = tokenServer.url("/token").toString();

        CrmCallException verified = failure(httpsRequest(true).oauth("id", "secret", tokenUrl));
        String text = client.send(
                        integration,
                        httpsRequest(false).oauth("id", "secret", tokenUrl).build())
                .text();

        assertThat(verified.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(verified).hasMessageContaining("cannot get an OAuth access token");
        assertThat(text).isEqualTo("ok");
    }
}
