package io.cadbridge.testkit;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** The JDK HTTP server under a fake: {@code 127.0.0.1} only, a free port, one virtual thread per request. */
final class LoopbackHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;

    private LoopbackHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static LoopbackHttpServer start(Function<RecordedRequest, FakeResponse> handler) {
        requireNonNull(handler, "handler is null");
        HttpServer server;
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a fake vendor server on 127.0.0.1", e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                write(exchange, handler.apply(read(exchange)));
            }
        });
        server.start();
        return new LoopbackHttpServer(server, executor);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static RecordedRequest read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.getFirst()));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new RecordedRequest(
                Instant.now(),
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                RecordedRequest.parseQuery(exchange.getRequestURI().getRawQuery()),
                headers,
                body);
    }

    private static void write(HttpExchange exchange, FakeResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops at once; requests in progress are cut short. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
