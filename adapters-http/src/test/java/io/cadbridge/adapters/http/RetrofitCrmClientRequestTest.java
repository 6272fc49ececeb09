package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.domain.integration.HttpMethod;
import io.cadbridge.domain.integration.Resilience;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.support.jackson.JsonValues;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetrofitCrmClientRequestTest extends LocalCrmServerTest {

    @Test
    void getSendsQueryParametersEncodedByTheClientHeadersAndBasicAuthentication() throws Exception {
        server.enqueue(new MockResponse.Builder().body("ok").build());

        client.send(
                integration,
                Requests.request(HttpMethod.GET, server.url("/contacts/search").toString())
                        .query("phone", "+49 30 1234&x=1")
                        .query("name", "Jürgen/Ölsen?#")
                        .header("X-Api-Key", "secret-key")
                        .credentials("agent", "pässword")
                        .build());

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("GET");
        assertThat(recorded.getUrl().encodedPath()).isEqualTo("/contacts/search");
        assertThat(recorded.getUrl().queryParameter("phone")).isEqualTo("+49 30 1234&x=1");
        assertThat(recorded.getUrl().queryParameter("name")).isEqualTo("Jürgen/Ölsen?#");
        assertThat(recorded.getUrl().queryParameterNames()).containsExactly("phone", "name");
        assertThat(recorded.getTarget()).contains("%26x%3D1").contains("%2B49").doesNotContain(" ");
        assertThat(recorded.getHeaders().get("X-Api-Key")).isEqualTo("secret-key");
        assertThat(recorded.getHeaders().get("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString("agent:pässword".getBytes(StandardCharsets.UTF_8)));
    }

    /** The first attempt sends the call the check built; the retry builds its own, with the same content. */
    @Test
    void aRetriedPostSendsTheSameRequestBothTimes() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().body("{\"saved\": true}").build());

        String text = client.send(
                        integration,
                        Requests.request(
                                        HttpMethod.POST, server.url("/contacts").toString())
                                .query("phone", "+49 30 1234")
                                .header("X-Api-Key", "secret-key")
                                .credentials("agent", "pässword")
                                .body(new JsonObject(Map.of("name", new JsonBoolean(true))))
                                .resilience(Resilience.DEFAULTS)
                                .build())
                .text();

        assertThat(text).isEqualTo("{\"saved\": true}");
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        for (RecordedRequest recorded : List.of(first, second)) {
            assertThat(recorded.getMethod()).isEqualTo("POST");
            assertThat(recorded.getTarget()).isEqualTo("/contacts?phone=%2B49%2030%201234");
            assertThat(recorded.getHeaders().get("X-Api-Key")).isEqualTo("secret-key");
            assertThat(recorded.getHeaders().get("Authorization"))
                    .isEqualTo("Basic "
                            + Base64.getEncoder().encodeToString("agent:pässword".getBytes(StandardCharsets.UTF_8)));
            assertThat(recorded.getBody().utf8()).isEqualTo("{\"name\":true}");
        }
    }

    @Test
    void postSendsANestedJsonBodyAsJson() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).build());
        JsonObject body = JsonObject.builder()
                .put(
                        "contact",
                        JsonObject.builder()
                                .put("name", "Ada")
                                .put("vip", JsonBoolean.of(true))
                                .build())
                .put("calls", new JsonArray(List.of(JsonNumber.of(1), JsonNumber.of(2))))
                .build();

        client.send(
                integration,
                Requests.request(HttpMethod.POST, server.url("/contacts").toString())
                        .body(body)
                        .build());

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(JsonValues.parse(recorded.getBody().utf8())).isEqualTo(body);
    }

    @ParameterizedTest
    @EnumSource(HttpMethod.class)
    void everyMethodReachesTheServerAsThatMethod(HttpMethod method) throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());

        client.send(
                integration,
                Requests.request(method, server.url("/item/7").toString()).build());

        assertThat(server.takeRequest().getMethod()).isEqualTo(method.name());
    }

    @Test
    void configuredCredentialsReplaceAnAuthorizationHeader() throws Exception {
        server.enqueue(new MockResponse.Builder().build());

        client.send(
                integration,
                Requests.request(HttpMethod.GET, server.url("/").toString())
                        .header("authorization", "Bearer stale")
                        .credentials("u", "p")
                        .build());

        assertThat(server.takeRequest().getHeaders().values("Authorization")).containsExactly("Basic dTpw");
    }

    @Test
    void aHeaderValueHttpCannotCarryIsAnInvalidRequestThatDoesNotQuoteTheValueAndSendsNothing() {
        assertThatThrownBy(() -> client.send(
                        integration,
                        Requests.request(HttpMethod.GET, server.url("/").toString())
                                .header("X-Token", "line1\nline2-secret")
                                .build()))
                .isInstanceOfSatisfying(
                        CrmCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(CrmCallException.Kind.INVALID_REQUEST))
                .hasMessageContaining("X-Token")
                .hasMessageNotContaining("secret");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aMalformedUrlIsAnInvalidRequest() {
        assertThatThrownBy(() -> client.send(integration, Requests.get("htp:/crm.example/contacts")))
                .isInstanceOfSatisfying(
                        CrmCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(CrmCallException.Kind.INVALID_REQUEST))
                .hasMessageContaining("not a valid http(s) URL");
    }
}
