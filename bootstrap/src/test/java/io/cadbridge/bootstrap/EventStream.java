package io.cadbridge.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A steady Contact Pro: posts a Received event with a new id and a new conversation every
 * {@code 1/rate} seconds, round-robin over the services' ports, each on its own virtual thread.
 * Like the real caller it retries the SAME event id after a 503 or a connection error (on the next
 * service, as a load balancer would) until it gets a 2xx; only a 2xx counts as accepted. An answer
 * outside the contract ({@link EventAnswerRules}) is recorded as a violation.
 */
final class EventStream implements AutoCloseable {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final String prefix;
    private final List<Integer> ports;
    private final Duration interval;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Set<String> sent = new ConcurrentSkipListSet<>();
    private final Set<String> accepted = new ConcurrentSkipListSet<>();
    private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
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

    /**
     * One request and its answer: a status ("202", "503", …), "timeout" or "connection error";
     * {@code sent} and {@code answered} are {@link System#nanoTime()} readings.
     */
    record Attempt(String eventId, String answer, long sent, long answered) {
        boolean accepted() {
            return answer.startsWith("2");
        }
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** How often each answer came, for failure messages. */
    Map<String, Long> answers() {
        return attempts.stream().collect(Collectors.groupingBy(Attempt::answer, TreeMap::new, Collectors.counting()));
    }

    /** The longest wait for each kind of answer, in milliseconds. */
    Map<String, Long> slowestMillis() {
        return attempts.stream()
                .collect(Collectors.toMap(
                        Attempt::answer,
                        attempt -> (attempt.answered() - attempt.sent()) / 1_000_000,
                        Math::max,
                        TreeMap::new));
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
            int first = n;
            try {
                threads.execute(() -> deliver(eventId, first));
            } catch (RejectedExecutionException e) {
                return; // finish() came between the check and here: this id was never sent
            }
            sent.add(eventId);
        }
    }

    /** Sends to the services in turn from the {@code first}-th on, as a load balancer would, until one accepts. */
    private void deliver(String eventId, int first) {
        String body = SeedExampleEndToEndTest.receivedEvent(eventId, conversationOf(eventId), "+358401234567");
        for (int attempt = first; !abandoned; attempt++) {
            Duration pause = attempt(eventId, request(ports.get(attempt % ports.size()), body));
            if (pause.isZero()) {
                accepted.add(eventId);
                return;
            }
            Waiting.pause(pause);
        }
    }

    private static HttpRequest request(int port, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/events"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + ServiceProcess.TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** One try: zero when accepted, else how long to wait before the next. */
    private Duration attempt(String eventId, HttpRequest request) {
        HttpResponse<String> response;
        long start = System.nanoTime();
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            attempts.add(new Attempt(eventId, "timeout", start, System.nanoTime()));
            return Duration.ofMillis(200);
        } catch (IOException e) {
            attempts.add(new Attempt(eventId, "connection error", start, System.nanoTime()));
            return Duration.ofMillis(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned = true;
            return Duration.ofMillis(1);
        }
        attempts.add(new Attempt(eventId, Integer.toString(response.statusCode()), start, System.nanoTime()));
        if (response.statusCode() / 100 == 2) {
            return Duration.ZERO;
        }
        EventAnswerRules.violation(response).ifPresent(violation -> violations.add(eventId + ": " + violation));
        return EventAnswerRules.retryPause(response);
    }
}
