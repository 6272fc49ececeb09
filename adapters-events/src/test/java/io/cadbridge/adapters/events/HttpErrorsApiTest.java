package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpErrorsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi().withAttachedData(id -> {
        throw new IllegalStateException("the store is down");
    });

    @Test
    void aConversationIdThatCannotBeOneNamesNoConversationOnEveryRoute() {
        for (String id : List.of("x".repeat(201), "%20")) {
            List<ApiResponse> answers = List.of(
                    api.get("/v1/conversations/" + id + "/attached-data"),
                    api.get("/v1/history/conversations/" + id),
                    api.get("/v1/conversations/" + id + "/contact-data"),
                    api.post("/v1/conversations/" + id + "/contact-data", "{\"contactData\": {}}"),
                    api.delete("/v1/conversations/" + id));

            assertThat(answers).extracting(ApiResponse::status).containsOnly(404);
            assertThat(answers).extracting(ApiResponse::errorCode).containsOnly("not_found");
        }
    }

    @Test
    void anUnknownRouteAnswers404Json() {
        ApiResponse response = api.get("/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("not_found");
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void aWrongMethodAnswers405Json() {
        ApiResponse response = api.method("PATCH", "/v1/integrations", BodyPublishers.ofString("{}"));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.errorCode()).isEqualTo("method_not_allowed");
        assertThat(response.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void aBodyLargerThanTheLimitAnswers413Json() {
        String huge = "{\"name\": \"" + "x".repeat((int) ApiServer.MAX_REQUEST_BYTES) + "\"}";

        ApiResponse response = api.post("/v1/integrations", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("payload_too_large");
    }

    @Test
    void anUnexpectedFailureAnswers500WithoutItsDetails() {
        ApiResponse response = api.get("/v1/conversations/C1/attached-data");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.errorCode()).isEqualTo("internal_error");
        assertThat(response.body()).doesNotContain("the store is down").doesNotContain("IllegalStateException");
    }
}
