package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import java.util.Optional;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class RetrofitCrmClientResponseTest extends LocalCrmServerTest {

    private CrmResponse answer(MockResponse response) throws CrmCallException {
        server.enqueue(response);
        return client.send(integration, Requests.get(server.url("/contacts/1").toString()));
    }

    @Test
    void aJsonAnswerIsParsed() throws Exception {
        CrmResponse response = answer(new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body("{\"id\": 42, \"name\": \"Ada\"}")
                .build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json())
                .contains(JsonObject.builder()
                        .put("id", JsonNumber.of(42))
                        .put("name", new JsonString("Ada"))
                        .build());
        assertThat(response.duration()).isPositive();
    }

    @Test
    void jsonIsRecognisedByItsTextNotItsContentType() throws Exception {
        CrmResponse response = answer(new MockResponse.Builder()
                .addHeader("Content-Type", "text/plain")
                .body("[1, 2]")
                .build());

        assertThat(response.json()).isPresent();
    }

    @Test
    void aNonJsonAnswerIsKeptAsText() throws Exception {
        CrmResponse response = answer(new MockResponse.Builder()
                .addHeader("Content-Type", "text/html")
                .body("<p>hello</p>")
                .build());

        assertThat(response.json()).isEmpty();
        assertThat(response.text()).isEqualTo("<p>hello</p>");
    }

    @Test
    void textThatOnlyStartsLikeJsonIsText() throws Exception {
        CrmResponse response =
                answer(new MockResponse.Builder().body("42 apples").build());

        assertThat(response.json()).isEmpty();
        assertThat(response.text()).isEqualTo("42 apples");
    }

    @Test
    void anEmptyBodyIsEmptyTextWithoutJson() throws Exception {
        CrmResponse response = answer(new MockResponse.Builder().code(204).build());

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.json()).isEqualTo(Optional.empty());
        assertThat(response.text()).isEmpty();
    }

    @Test
    void headerNamesAreLowerCasedAndRepeatedValuesJoined() throws Exception {
        CrmResponse response = answer(new MockResponse.Builder()
                .addHeader("X-Trace", "a")
                .addHeader("x-trace", "b")
                .addHeader("Content-Type", "text/plain")
                .build());

        assertThat(response.headers()).containsEntry("x-trace", "a, b").containsEntry("content-type", "text/plain");
    }

    @Test
    void notFoundIsAResponseNotAFailure() throws Exception {
        CrmResponse response = answer(new MockResponse.Builder()
                .code(404)
                .body("{\"error\":\"no such contact\"}")
                .build());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json())
                .contains(JsonObject.builder().put("error", "no such contact").build());
    }

    @Test
    void serverErrorIsAResponseNotAFailure() throws Exception {
        CrmResponse response = answer(
                new MockResponse.Builder().code(500).body("database down").build());

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.text()).isEqualTo("database down");
    }

    @Test
    void aBodyOverOneMebibyteIsAnInvalidResponseNotATruncation() {
        String body = "x".repeat((int) CrmClientSettings.ONE_MIB + 1);

        assertThatThrownBy(() -> answer(new MockResponse.Builder().body(body).build()))
                .isInstanceOfSatisfying(
                        CrmCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(CrmCallException.Kind.INVALID_RESPONSE))
                .hasMessageContaining("larger than 1 MiB");
    }

    @Test
    void aBodyOfExactlyTheCapIsRead() throws Exception {
        String body = "x".repeat((int) CrmClientSettings.ONE_MIB);

        assertThat(answer(new MockResponse.Builder().body(body).build()).text()).hasSize(body.length());
    }
}
