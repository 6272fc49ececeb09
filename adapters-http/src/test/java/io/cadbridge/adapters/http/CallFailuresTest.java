package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.integration.HttpMethod;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class CallFailuresTest {

    private final CallTarget target =
            CallTarget.of(Requests.request(HttpMethod.POST, "https://crm.example.com/api/contacts")
                    .query("email", "ada@example.com")
                    .header("X-Api-Key", "k-123")
                    .build());
    private final CallTimeout timeout = CallTimeout.of(Duration.ofSeconds(10));

    private CrmCallException translate(IOException failure) {
        return CallFailures.translate(failure, target, timeout);
    }

    @Test
    void anUnknownHostIsAConnectionFailureNamingTheHost() {
        CrmCallException failure = translate(new UnknownHostException("crm.example.com"));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(failure).hasMessageContaining("cannot resolve host crm.example.com");
    }

    @Test
    void aTlsFailureIsAConnectionFailureNamingTheHost() {
        CrmCallException failure = translate(new SSLHandshakeException("PKIX path building failed"));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(failure).hasMessageContaining("TLS with crm.example.com failed");
    }

    @Test
    void anyOtherIoFailureIsAConnectionFailure() {
        assertThat(translate(new IOException("unexpected end of stream")).kind())
                .isEqualTo(Kind.CONNECTION);
    }

    @Test
    void messagesNameMethodHostAndPathButNeverQueryValuesOrHeaders() {
        CrmCallException failure = translate(new IOException("boom"));

        assertThat(failure)
                .hasMessageContaining("POST crm.example.com/api/contacts")
                .hasMessageNotContaining("ada@example.com")
                .hasMessageNotContaining("k-123");
    }
}
