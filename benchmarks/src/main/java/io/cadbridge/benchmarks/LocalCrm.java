package io.cadbridge.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CRM the benchmark integration calls: answers a small JSON object after a fixed latency and
 * counts the calls in flight, so the report can say how many the service held open at once.
 */
final class LocalCrm implements AutoCloseable {

    /** The peers' CRM answer (../shared/peers/crm.js): a HubSpot-like contact the seed integration maps. */
    private static final byte[] ANSWER =
            ("{\"id\":\"1001\",\"properties\":{\"firstname\":\"Aino\",\"lastname\":\"Virtanen\","
                            + "\"company\":\"Nordic Widgets Oy\",\"jobtitle\":\"Head of Support\"},"
                            + "\"tickets\":[{\"id\":\"T-1\"},{\"id\":\"T-7\"},{\"id\":\"T-42\"}]}")
                    .getBytes(UTF_8);
    // Every call of the in-flight scenario opens its own connection: the accept queue must hold thousands.
    private static final int BACKLOG = 8192;

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
    private final Duration latency;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicLong calls = new AtomicLong();

    private LocalCrm(HttpServer server, Duration latency) {
        this.server = server;
        this.latency = latency;
    }

    static LocalCrm start(Duration latency) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
        LocalCrm crm = new LocalCrm(server, latency);
        server.createContext("/", crm::answer);
        server.setExecutor(crm.handlers);
        server.start();
        return crm;
    }

    String customersUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/customers";
    }

    Duration latency() {
        return latency;
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    long calls() {
        return calls.get();
    }

    /** Forgets the warm-up: the counters start again from the calls in flight now. */
    void resetCounters() {
        maxInFlight.set(inFlight.get());
        calls.set(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        calls.incrementAndGet();
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Thread.sleep(latency);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ANSWER.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(ANSWER);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
