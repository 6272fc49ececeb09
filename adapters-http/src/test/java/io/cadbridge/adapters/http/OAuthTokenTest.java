package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class OAuthTokenTest extends LocalOAuthServersTest {

    private void crmAnswersOk(int times) {
        for (int i = 0; i < times; i++) {
            crm.enqueue(new MockResponse.Builder().body("ok").build());
        }
    }

    private String bearerOfNextCrmRequest() throws InterruptedException {
        return crm.takeRequest().getHeaders().get("Authorization");
    }

    @Test
    void aClientCredentialsTokenIsFetchedWithBasicClientAuthenticationAndSentAsBearer() throws Exception {
        tokenServer.enqueue(token("token-1", 3600));
        crmAnswersOk(1);

        assertThat(send(oauthRequest("contacts.read", "contacts.write")).text()).isEqualTo("ok");

        RecordedRequest tokenRequest = tokenServer.takeRequest();
        String encodedId = URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8);
        String encodedSecret = URLEncoder.encode(SECRET, StandardCharsets.UTF_8);
        assertThat(tokenRequest.getMethod()).isEqualTo("POST");
        assertThat(tokenRequest.getUrl().encodedPath()).isEqualTo("/oauth/token");
        assertThat(tokenRequest.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(tokenRequest.getBody().utf8())
                .isEqualTo("grant_type=client_credentials&scope=contacts.read+contacts.write");
        assertThat(tokenRequest.getHeaders().get("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString((encodedId + ":" + encodedSecret).getBytes(StandardCharsets.UTF_8)));
        assertThat(bearerOfNextCrmRequest()).isEqualTo("Bearer token-1");
    }

    @Test
    void withoutScopesTheFormHasOnlyTheGrantType() throws Exception {
        tokenServer.enqueue(token("token-1", 3600));
        crmAnswersOk(1);

        send(oauthRequest());

        assertThat(tokenServer.takeRequest().getBody().utf8()).isEqualTo("grant_type=client_credentials");
    }

    @Test
    void theTokenReplacesAnAuthorizationHeaderOfTheRequest() throws Exception {
        tokenServer.enqueue(token("token-1", 3600));
        crmAnswersOk(1);

        send(oauthRequest().header("Authorization", "Bearer stale"));

        assertThat(crm.takeRequest().getHeaders().values("Authorization")).containsExactly("Bearer token-1");
    }

    @Test
    void theTokenIsReusedAcrossCallsUntilThirtySecondsBeforeItExpires() throws Exception {
        tokenServer.enqueue(token("token-1", 3600));
        tokenServer.enqueue(token("token-2", 3600));
        crmAnswersOk(3);

        send(oauthRequest());
        clock.advance(Duration.ofSeconds(3569));
        send(oauthRequest());
        clock.advance(Duration.ofSeconds(2));
        send(oauthRequest());

        assertThat(tokenServer.getRequestCount()).isEqualTo(2);
        assertThat(List.of(bearerOfNextCrmRequest(), bearerOfNextCrmRequest(), bearerOfNextCrmRequest()))
                .containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
    }

    @Test
    void aTokenWithoutExpiresInIsKeptFiveMinutes() throws Exception {
        tokenServer.enqueue(json(200, "{\"access_token\":\"token-1\",\"token_type\":\"Bearer\"}"));
        tokenServer.enqueue(token("token-2", 3600));
        crmAnswersOk(3);

        send(oauthRequest());
        clock.advance(Duration.ofSeconds(269));
        send(oauthRequest());
        clock.advance(Duration.ofSeconds(2));
        send(oauthRequest());

        assertThat(tokenServer.getRequestCount()).isEqualTo(2);
    }

    @Test
    void differentScopesGetDifferentTokens() throws Exception {
        tokenServer.enqueue(token("token-read", 3600));
        tokenServer.enqueue(token("token-write", 3600));
        crmAnswersOk(2);

        send(oauthRequest("read"));
        send(oauthRequest("write"));

        assertThat(List.of(bearerOfNextCrmRequest(), bearerOfNextCrmRequest()))
                .containsExactly("Bearer token-read", "Bearer token-write");
    }

    @Test
    void concurrentCallsWaitForOneTokenFetch() throws Exception {
        // The slow answer keeps the first fetch in flight while the other calls arrive.
        tokenServer.enqueue(new MockResponse.Builder()
                .headersDelay(300, TimeUnit.MILLISECONDS)
                .body("{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                .build());
        tokenServer.enqueue(token("token-2", 3600));
        crmAnswersOk(4);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                texts.add(threads.submit(() -> send(oauthRequest()).text()));
            }
            for (Future<String> text : texts) {
                assertThat(text.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(tokenServer.getRequestCount()).isEqualTo(1);
    }
}
