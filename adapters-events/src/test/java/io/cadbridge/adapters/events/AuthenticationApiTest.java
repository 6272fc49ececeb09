package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.access.TokenSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticationApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void aCallWithoutTokenIsRefusedWith401AndABearerChallenge() {
        ApiResponse response = api.anonymous("/v1/integrations");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(response.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void aWrongTokenIsRefused() {
        assertThat(api.withAuthorization("/v1/integrations", "Bearer wrong").status())
                .isEqualTo(401);
        assertThat(api.withAuthorization("/v1/integrations", "Bearer " + RunningApi.TOKEN + "x")
                        .status())
                .isEqualTo(401);
        assertThat(api.withAuthorization("/v1/integrations", "Basic " + RunningApi.TOKEN)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theRightTokenIsAccepted() {
        assertThat(api.withAuthorization("/v1/integrations", "Bearer " + RunningApi.TOKEN)
                        .status())
                .isEqualTo(200);
    }

    /** The routes are documented, so an unknown one is a 404 for anyone: there is nothing behind it to protect. */
    @Test
    void anUnknownRouteIsNotFoundWithOrWithoutAToken() {
        assertThat(api.anonymous("/v1/secret-route").status()).isEqualTo(404);
        assertThat(api.withAuthorization("/v1/secret-route", "Bearer " + RunningApi.TOKEN)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theHealthCheckNeedsNoToken() {
        ApiResponse response = api.anonymous("/v1/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().toString()).isEqualTo("{\"status\":\"up\"}");
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void aTokenSecretNeverPrintsItself() {
        assertThat(new TokenSecret(RunningApi.TOKEN).toString())
                .doesNotContain(RunningApi.TOKEN)
                .contains("****");
    }
}
