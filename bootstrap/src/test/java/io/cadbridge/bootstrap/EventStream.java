package io.cadbridge.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady Contact Pro: posts a Received event with a new id and a new conversation every
 * {@code 1/rate} seconds, round-robin over the services' ports, each on its own virtual thread.
 * Like the real caller it retries the SAME event id after a 503 or a connection error until it
 * gets a 2xx; only a 2xx counts as accepted. Anything outside the contract (another status, a 503
 * without Retry-After or without a JSON error) is recorded as a violation.
 */
final class EventStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(1);

    private final String prefix;
    private final List<Integer> ports;
    private final Duration interval;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<String> sent = new ConcurrentSkipListSet<>();
    private final Set<String> accepted = new ConcurrentSkipListSet<>();
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private volatile boolean sending = true;
    private volatile boolean abandoned;

    private EventStream(String prefix, List<Integer> ports, int eventsPerSecond) {
        this.prefix = prefix;
        this.ports = List.copyOf(ports);
        this.interval = Duration.ofNanos(1_000_000_000L / eventsPerSecond);
    }

    /** Starts posting at once; {@code prefix} makes the event ids of one test recognisable. */
    static EventStream start(String prefix, List<Integer> ports, int eventsPerSecond) {
        EventStream stream = new EventStream(prefix, ports, eventsPerSecond);
        stream.threads.execute(stream::pace);
        return stream;
    }

    static String conversationOf(String eventId) {
        return "conv-" + eventId;
    }

    /** Stops sending new events and waits until every event sent so far is accepted; false on timeout. */
    boolean finish(Duration timeout) {
        sending = false;
        threads.shutdown();
        try {
            return threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Set<String> sent() {
        return new TreeSet<>(sent);
    }

    Set<String> accepted() {
        return new TreeSet<>(accepted);
    }

    Set<String> unanswered() {
        Set<String> unanswered = sent();
        unanswered.removeAll(accepted);
        return unanswered;
    }

    /** How often each answer came: "202", "503", "connection error", …; for failure messages and "was a 503 seen". */
    Map<String, Integer> answers() {
        Map<String, Integer> counts = new TreeMap<>();
        answers.forEach((answer, count) -> counts.put(answer, count.get()));
        return counts;
    }

    int answered(String answer) {
        AtomicInteger count = answers.get(answer);
        return count == null ? 0 : count.get();
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        sending = false;
        abandoned = true;
        threads.shutdownNow();
    }

    private void pace() {
        long start = System.nanoTime();
        for (int n = 0; sending; n++) {
            long due = start + n * interval.toNanos();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Waiting.pause(Duration.ofNanos(wait));
            }
            if (!sending) {
                return;
            }
            String eventId = "%s-%06d".formatted(prefix, n);
            int port = ports.get(n % ports.size());
            try {
                threads.execute(() -> deliver(eventId, port));
            } catch (RejectedExecutionException e) {
                return; // finish() came between the check and here: this id was never sent
            }
            sent.add(eventId);
        }
    }

    private void deliver(String eventId, int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/events"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + ServiceProcess.TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        SeedExampleEndToEndTest.receivedEvent(eventId, conversationOf(eventId), "+358401234567")))
                .build();
        while (!abandoned) {
            Duration pause = attempt(eventId, request);
            if (pause.isZero()) {
                accepted.add(eventId);
                return;
            }
            Waiting.pause(pause);
        }
    }

    /** One try: zero when accepted, else how long to wait before the next. */
    private Duration attempt(String eventId, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            count("connection error");
            return Duration.ofMillis(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned = true;
            return Duration.ofMillis(1);
        }
        int status = response.statusCode();
        count(Integer.toString(status));
        if (status / 100 == 2) {
            return Duration.ZERO;
        }
        if (status == 503) {
            return retryAfter(eventId, response);
        }
        violations.add(eventId + ": unexpected status " + status + " " + response.body());
        return MAX_RETRY_PAUSE;
    }

    private Duration retryAfter(String eventId, HttpResponse<String> response) {
        if (!hasJsonError(response.body())) {
            violations.add(eventId + ": 503 without a JSON error body: " + response.body());
        }
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                Duration asked = Duration.ofSeconds(Long.parseLong(value.trim()));
                return asked.compareTo(MAX_RETRY_PAUSE) > 0 ? MAX_RETRY_PAUSE : asked.plusMillis(50);
            } catch (NumberFormatException e) {
                violations.add(eventId + ": 503 with a Retry-After that is not seconds: " + value);
                return MAX_RETRY_PAUSE;
            }
        }).orElseGet(() -> {
            violations.add(eventId + ": 503 without Retry-After");
            return MAX_RETRY_PAUSE;
        });
    }

    private static boolean hasJsonError(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.path("error").isObject();
        } catch (IOException e) {
            return false;
        }
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
    }
}
