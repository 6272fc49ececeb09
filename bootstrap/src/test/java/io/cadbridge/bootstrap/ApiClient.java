package io.cadbridge.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the running service's API over real HTTP, as a client would. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    ApiClient(int port, String token) {
        this.baseUrl = "http://localhost:" + port;
        this.token = token;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer put(String path, String jsonBody) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    Answer post(String path, String jsonBody) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    /**
     * Integrations that neither block nor set routing finish after the event's answer: poll the
     * attached data (up to 10 s) until {@code pointer} is there.
     */
    Answer awaitAttachedData(String conversationId, String pointer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Answer answer = get("/v1/conversations/" + conversationId + "/attached-data");
        while (answer.body().at("/attachedData" + pointer).isMissingNode() && System.nanoTime() < deadline) {
            pauseBriefly();
            answer = get("/v1/conversations/" + conversationId + "/attached-data");
        }
        return answer;
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer getWithoutToken(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
