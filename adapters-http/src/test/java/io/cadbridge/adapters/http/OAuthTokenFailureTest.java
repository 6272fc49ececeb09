package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.integration.HttpMethod;
import java.net.ServerSocket;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OAuthTokenFailureTest extends LocalOAuthServersTest {

    private CrmCallException failure(Requests request) {
        return catchThrowableOfType(CrmCallException.class, () -> send(request));
    }

    private String tokenHost() {
        return tokenServer.getHostName() + ":" + tokenServer.getPort();
    }

    @Test
    void anOAuthErrorIsAnAuthenticationFailureNamingTheTokenHostAndTheErrorButNotTheSecret() {
        tokenServer.enqueue(
                json(400, "{\"error\":\"invalid_scope\",\"error_description\":\"scope 'everything' is unknown\"}"));

        CrmCallException failure = failure(oauthRequest("everything"));

        assertThat(failure.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure)
                .hasMessageContaining(tokenHost())
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("invalid_scope")
                .hasMessageContaining("scope 'everything' is unknown")
                .hasMessageNotContaining(SECRET);
        assertThat(crm.getRequestCount()).isZero();
    }

    @Test
    void aServerRefusingBasicClientAuthenticationIsAskedAgainWithTheCredentialsInTheForm() throws Exception {
        tokenServer.enqueue(json(401, "{\"error\":\"invalid_client\"}"));
        tokenServer.enqueue(token("token-1", 3600));
        crm.enqueue(new MockResponse.Builder().body("ok").build());

        assertThat(send(oauthRequest()).text()).isEqualTo("ok");

        tokenServer.takeRequest();
        RecordedRequest second = tokenServer.takeRequest();
        assertThat(second.getHeaders().get("Authorization")).isNull();
        assertThat(second.getBody().utf8())
                .isEqualTo(
                        "grant_type=client_credentials&client_id=cadbridge-client&client_secret=s3cr3t-Value%2B%2F%3D");
        assertThat(crm.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    }

    @Test
    void aClientRefusedBothWaysFailsAfterTwoAttemptsWithoutEchoingTheSecret() {
        String echo = "{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + SECRET.replace("/", "\\/")
                + "\"}";
        tokenServer.enqueue(json(401, echo));
        tokenServer.enqueue(json(401, echo));

        CrmCallException failure = failure(oauthRequest());

        assertThat(failure.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure)
                .hasMessageContaining("invalid_client")
                .hasMessageContaining("bad secret ****")
                .hasMessageNotContaining(SECRET);
        assertThat(tokenServer.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "500 | upstream down                                          | HTTP 500 without an OAuth error",
                "200 | <html>login</html>                                     | not with a JSON object",
                "200 | {\"token_type\":\"Bearer\"}                             | without an access_token",
                "200 | {\"access_token\":\"abc\",\"token_type\":\"mac\"}       | token type 'mac'; only Bearer tokens",
                "200 | {\"access_token\":\"abc\"}                              | without a token_type",
                "200 | {\"access_token\":\"a b\",\"token_type\":\"Bearer\"}    | an access token an HTTP header cannot carry",
            })
    void anUnusableTokenAnswerIsAnAuthenticationFailureThatSaysWhatIsWrong(int status, String body, String expected) {
        tokenServer.enqueue(new MockResponse.Builder().code(status).body(body).build());

        CrmCallException failure = failure(oauthRequest());

        assertThat(failure.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(failure)
                .hasMessageContaining(tokenHost())
                .hasMessageContaining(expected)
                .hasMessageNotContaining("abc");
        assertThat(crm.getRequestCount()).isZero();
    }

    @Test
    void anUnreachableTokenEndpointIsAConnectionFailureNamingItsHost() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CrmCallException failure =
                failure(Requests.request(HttpMethod.GET, crm.url("/contacts").toString())
                        .oauth(CLIENT_ID, SECRET, "http://127.0.0.1:" + closedPort + "/token"));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECTION);
        assertThat(failure)
                .hasMessageContaining("cannot get an OAuth access token")
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aMalformedTokenUrlIsAnInvalidRequest() {
        CrmCallException failure =
                failure(Requests.request(HttpMethod.GET, crm.url("/contacts").toString())
                        .oauth(CLIENT_ID, SECRET, "not a url"));

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(failure).hasMessageContaining("access token URL");
        assertThat(crm.getRequestCount()).isZero();
    }

    @Test
    void tokenFailuresDoNotOpenTheCircuitBreaker() {
        for (int i = 0; i < 12; i++) {
            tokenServer.enqueue(json(400, "{\"error\":\"unauthorized_client\"}"));
        }

        for (int i = 0; i < 12; i++) {
            assertThat(failure(oauthRequest()).kind()).isEqualTo(Kind.AUTHENTICATION);
        }
    }
}
