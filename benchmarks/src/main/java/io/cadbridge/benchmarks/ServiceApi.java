package io.cadbridge.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The service's HTTP API as the benchmark uses it: JDK HttpClient, HTTP/1.1, on virtual threads. */
final class ServiceApi {

    /** The status recorded for an event whose request failed without an answer (connection refused, timeout). */
    static final int NO_ANSWER = 0;

    /** The key the benchmark integration saves from the CRM's answer. */
    static final String SAVED_KEY = "customer_data";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;
    private final String token;

    ServiceApi(int port, String token) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.token = token;
    }

    /**
     * A "Received" event of a conversation of its own, happening now (retention counts from it); answers
     * the HTTP status (200 or 202 when accepted).
     */
    int postEvent(String eventId) {
        return postEvent(eventId, "conv-" + eventId);
    }

    /** A "Received" event of {@code conversationId}, happening now; answers the HTTP status. */
    int postEvent(String eventId, String conversationId) {
        try {
            return post("/v1/events", eventJson(eventId, conversationId)).statusCode();
        } catch (IOException e) {
            return NO_ANSWER;
        }
    }

    /** The body of a "Received" event of {@code conversationId}, happening now: the same for the webhook and Kafka. */
    static String eventJson(String eventId, String conversationId) {
        return """
                {"event": {"id": "%s", "name": "Received", "datetime": "%s"},
                 "contact": {"id": "%s", "channel_type": "phone", "direction": "inbound", "language": "EN",
                             "source": "+358401234567", "destination": "+35891234"}}
                """.formatted(eventId, Instant.now(), conversationId);
    }

    /**
     * The seed integration of the Contact Pro example (shared/spec/seed-example.txt, as
     * {@code ../shared/peers/seed_integration.py} creates it): on "Received", {@code GET
     * <crm>?phone={contact.source}} with basic authentication, the six seed fields saved as
     * {@code customer_data}. With no {@code maxConcurrentCalls} the service's default resilience
     * applies (a bulkhead of 100 calls at once); a tuned run sets its own.
     */
    void createIntegration(String crmUrl, OptionalInt maxConcurrentCalls) throws IOException {
        String resilience = maxConcurrentCalls.isPresent()
                ? ", \"resilience\": {\"maxConcurrentCalls\": %d}".formatted(maxConcurrentCalls.getAsInt())
                : "";
        String body = """
                {"name": "Benchmark CRM lookup (seed)", "channelType": "multi-channel", "endpointUrl": "%s",
                 "direction": "inbound", "events": ["Received"],
                 "credentials": {"username": "cad", "password": "s3cret"},
                 "configuration": {
                   "request": {"authentication": {"type": "basic"}, "method": "GET",
                               "headers": {"Accept": "application/json"}, "params": {"phone": "{contact.source}"}},
                   "response": {"save": {"%s": {
                       "id": "{response.body.id}", "firstname": "{response.body.properties.firstname}",
                       "lastname": "{response.body.properties.lastname}",
                       "company": "{response.body.properties.company}",
                       "jobtitle": "{response.body.properties.jobtitle}",
                       "lastticket": "{response.body.tickets[-1].id}"}}}%s}}
                """.formatted(crmUrl, SAVED_KEY, resilience);
        HttpResponse<String> created = post("/v1/integrations", body);
        if (created.statusCode() != 201) {
            throw new IOException("creating the integration answered " + created.statusCode() + ": " + created.body());
        }
    }

    /** A GET with the token; answers the response with its body read as text (what the client would read). */
    HttpResponse<String> get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    /** Every channel keeps {@code keys} for statistics and history (default mode), nothing else changed. */
    void keepForStatistics(List<String> keys) throws IOException {
        String included = keys.stream().map(key -> "\"" + key + "\"").collect(Collectors.joining(", "));
        for (String channel : List.of("phone", "chat", "email")) {
            put(
                    "/v1/channels/" + channel + "/extra-data-settings",
                    "{\"includedWhenAllocating\": [], \"includedInStatistics\": [%s]}".formatted(included));
        }
    }

    /** A GET with the token whose answer is read as it streams in and only counted: its lines, once it answered 200. */
    long lines(String path) throws IOException {
        try {
            HttpResponse<Stream<String>> answer = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + path))
                            .header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(600))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> lines = answer.body()) {
                long count = lines.count();
                if (answer.statusCode() != 200) {
                    throw new IOException(path + " answered " + answer.statusCode());
                }
                return count;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A PUT with the token; throws unless it answers 200. */
    void put(String path, String json) throws IOException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
        if (answer.statusCode() != 200) {
            throw new IOException("PUT " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    boolean healthy() {
        try {
            return send(HttpRequest.newBuilder(URI.create(baseUrl + "/v1/health"))
                                    .GET())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** A POST of {@code json} with the token; answers the response with its body as text. */
    HttpResponse<String> postJson(String path, String json) throws IOException {
        return post(path, json);
    }

    /** Opens {@code url} as a Server-Sent Events stream: each line as it arrives, to {@code lines}. */
    void stream(String url, Consumer<String> lines) {
        http.sendAsync(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/event-stream")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        lines.accept(line);
                    }

                    @Override
                    public void onError(Throwable failure) {}

                    @Override
                    public void onComplete() {}
                }));
    }

    private HttpResponse<String> post(String path, String json) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
