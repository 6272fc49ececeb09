package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.HttpMethod;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class OAuthUnauthorizedRetryTest extends LocalOAuthServersTest {

    private List<String> crmAuthorizations() throws InterruptedException {
        return List.of(
                crm.takeRequest().getHeaders().get("Authorization"),
                crm.takeRequest().getHeaders().get("Authorization"));
    }

    @Test
    void aCrmUnauthorizedAnswerFetchesOneNewTokenAndRetriesOnce() throws Exception {
        tokenServer.enqueue(token("revoked", 3600));
        tokenServer.enqueue(token("fresh", 3600));
        crm.enqueue(new MockResponse.Builder().code(401).build());
        crm.enqueue(new MockResponse.Builder().body("ok").build());

        CrmResponse response = send(oauthRequest());

        assertThat(response.status()).isEqualTo(200);
        assertThat(tokenServer.getRequestCount()).isEqualTo(2);
        assertThat(crm.getRequestCount()).isEqualTo(2);
        assertThat(crmAuthorizations()).containsExactly("Bearer revoked", "Bearer fresh");
    }

    @Test
    void aSecondUnauthorizedAnswerIsReturnedAsTheResponse() throws Exception {
        tokenServer.enqueue(token("first", 3600));
        tokenServer.enqueue(token("second", 3600));
        crm.enqueue(new MockResponse.Builder()
                .code(401)
                .body("{\"message\":\"no access\"}")
                .build());
        crm.enqueue(new MockResponse.Builder()
                .code(401)
                .body("{\"message\":\"still no access\"}")
                .build());

        CrmResponse response = send(oauthRequest());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text()).contains("still no access");
        assertThat(tokenServer.getRequestCount()).isEqualTo(2);
        assertThat(crm.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theTokenFetchedForTheRetryIsCachedForLaterCalls() throws Exception {
        tokenServer.enqueue(token("revoked", 3600));
        tokenServer.enqueue(token("fresh", 3600));
        crm.enqueue(new MockResponse.Builder().code(401).build());
        crm.enqueue(new MockResponse.Builder().body("ok").build());
        crm.enqueue(new MockResponse.Builder().body("ok again").build());

        send(oauthRequest());
        assertThat(send(oauthRequest()).text()).isEqualTo("ok again");

        assertThat(tokenServer.getRequestCount()).isEqualTo(2);
    }

    @Test
    void withoutOAuthAnUnauthorizedAnswerIsNotRetried() throws Exception {
        crm.enqueue(new MockResponse.Builder().code(401).build());

        CrmResponse response =
                send(Requests.request(HttpMethod.GET, crm.url("/contacts").toString())
                        .credentials("agent", "wrong"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(crm.getRequestCount()).isEqualTo(1);
    }
}
