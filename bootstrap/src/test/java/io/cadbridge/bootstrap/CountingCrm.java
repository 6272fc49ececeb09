package io.cadbridge.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A CRM on localhost: {@code GET /crm/<integration>?event=<event id>&latency=<ms>} answers
 * {@code {"name": "<integration>-<event id>"}} after the latency (default 5 ms) and counts the calls
 * per integration and event, so a test can tell a lost call from a repeated one.
 */
final class CountingCrm implements AutoCloseable {

    private static final String DEFAULT_LATENCY_MILLIS = "5";

    private final HttpServer server;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    private CountingCrm(HttpServer server) {
        this.server = server;
    }

    static CountingCrm start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 200);
            CountingCrm crm = new CountingCrm(server);
            server.createContext("/crm/", crm::answer);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return crm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the CRM", e);
        }
    }

    /** The endpoint URL template for an integration named {@code integration}; the event id goes in {@code params}. */
    String endpointUrl(String integration) {
        return "http://localhost:" + server.getAddress().getPort() + "/crm/" + integration;
    }

    static String nameFor(String integration, String eventId) {
        return integration + "-" + eventId;
    }

    int calls(String integration, String eventId) {
        AtomicInteger count = calls.get(key(integration, eventId));
        return count == null ? 0 : count.get();
    }

    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** How many (integration, event) pairs were called more than once: runs repeated after a crash. */
    long repeatedCalls() {
        return calls.values().stream().filter(count -> count.get() > 1).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String integration = exchange.getRequestURI().getPath().substring("/crm/".length());
            Map<String, String> parameters = parameters(exchange.getRequestURI().getRawQuery());
            String eventId = parameters.getOrDefault("event", "(no event parameter)");
            calls.computeIfAbsent(key(integration, eventId), k -> new AtomicInteger())
                    .incrementAndGet();
            Waiting.pause(
                    Duration.ofMillis(Long.parseLong(parameters.getOrDefault("latency", DEFAULT_LATENCY_MILLIS))));
            byte[] body = ("{\"name\": \"" + nameFor(integration, eventId) + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(
                        pair.substring(0, equals),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String key(String integration, String eventId) {
        return integration + " " + eventId;
    }
}
