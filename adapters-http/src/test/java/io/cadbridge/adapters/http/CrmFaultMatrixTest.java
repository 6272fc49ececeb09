package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.exchange.CircuitView;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunResult;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a run ends when the CRM misbehaves: the real {@code IntegrationRunner} on the real client against
 * local servers, asserting what the run log would record. Every integration here has a 0.5 s timeout and
 * two attempts (0.05 s backoff), so the tests also show which faults are retried: a retried fault says
 * "after 2 attempts" and reaches the server twice.
 */
class CrmFaultMatrixTest {

    private static final String TWO_ATTEMPTS =
            "{\"retries\": {\"maxAttempts\": 2, \"initialBackoff\": 0.05, \"maxBackoff\": 0.1, \"maxRetryAfter\": 2}}";
    private static final String CUSTOMER = "{\"id\": \"C-1001\"}";

    private final MockWebServer server = new MockWebServer();
    private final IntegrationId id = IntegrationId.random();
    private IntegrationRuns runs;

    @BeforeEach
    void start() throws Exception {
        server.start();
        runs = new IntegrationRuns();
    }

    @AfterEach
    void stop() throws Exception {
        runs.close();
        server.close();
    }

    private static String configuration(String method, String resilience) {
        return """
                {"request": {"method": "%s", "timeout": 0.5},
                 "response": {"save": {"customer": "{response.body.id}"}},
                 "resilience": %s}""".formatted(method, resilience);
    }

    private Integration integration(String url) {
        return integration(url, "GET", TWO_ATTEMPTS);
    }

    private Integration integration(String url, String method, String resilience) {
        return IntegrationRuns.integration(id, url, configuration(method, resilience));
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static void assertFailed(Run report, String reason, OptionalInt httpStatus) {
        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.reason()).isEqualTo(reason);
        assertThat(report.httpStatus()).isEqualTo(httpStatus);
    }

    private static void assertSavedCustomer(RunResult result) {
        assertThat(result.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.run().httpStatus()).hasValue(200);
        assertThat(result.saved().get("customer")).contains(JsonValue.of("C-1001"));
    }

    // --- no answer ---

    @Test
    void connectTimeoutIsRetriedThenFailsAsATimeout() throws Exception {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = fillAcceptQueue(full);
            try {
                Run report = runs.report(integration("http://127.0.0.1:" + full.getLocalPort() + "/contacts"));

                assertThat(report.status()).isEqualTo(RunStatus.FAILED);
                assertThat(report.reason())
                        .startsWith("no answer from 127.0.0.1:" + full.getLocalPort() + " within 500 ms")
                        .endsWith("(after 2 attempts)");
                assertThat(report.httpStatus()).isEmpty();
            } finally {
                for (Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void readTimeoutIsRetriedThenFailsAsATimeout() {
        server.enqueue(new MockResponse.Builder()
                .body(CUSTOMER)
                .headersDelay(2, TimeUnit.SECONDS)
                .build());
        server.enqueue(new MockResponse.Builder()
                .body(CUSTOMER)
                .headersDelay(2, TimeUnit.SECONDS)
                .build());

        Run report = runs.report(integration(url("/contacts")));

        assertFailed(
                report,
                "no answer from " + server.getHostName() + ":" + server.getPort() + " within 500 ms (GET "
                        + server.getHostName() + ":" + server.getPort()
                        + "/contacts); the CRM is slow or unreachable, or the integration's"
                        + " timeout is too short (after 2 attempts)",
                OptionalInt.empty());
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aBodyTricklingInCannotHoldTheRunPastItsDeadline() {
        // One byte every 200 ms never trips the 0.5 s read timeout; each attempt's deadline (1 s) and the total (2 s)
        // must.
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body("z".repeat(100))
                    .throttleBody(1, 200, TimeUnit.MILLISECONDS)
                    .build());
        }

        Run report = runs.report(integration(url("/trickle")));

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.reason()).contains("did not finish answering within").endsWith("(after 2 attempts)");
        assertThat(report.httpStatus()).isEmpty();
        assertThat(report.duration()).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aResetConnectionIsRetriedThenFailsAsAConnectionFailure() throws Exception {
        AtomicLong accepted = new AtomicLong();
        try (RawServer reset = RawServer.start(socket -> {
            accepted.incrementAndGet();
            socket.setSoLinger(true, 0);
            socket.close();
        })) {
            Run report = runs.report(integration(reset.url("/contacts")));

            assertThat(report.status()).isEqualTo(RunStatus.FAILED);
            assertThat(report.reason()).startsWith("connection to 127.0.0.1:").endsWith("(after 2 attempts)");
            assertThat(report.httpStatus()).isEmpty();
            assertThat(accepted.get()).isEqualTo(2);
        }
    }

    @Test
    void aTlsHandshakeWithAPlainHttpServerFailsAndIsNotRetried() throws Exception {
        // A plain HTTP server answering the ClientHello at once, as a misconfigured port does. (Waiting
        // for a request line first made the server hang up at random: a reset, not a TLS failure.)
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> answerPlainHttp(plain));
            String https = "https://127.0.0.1:" + plain.getLocalPort() + "/contacts";

            Run report = runs.report(integration(https));

            assertThat(report.status()).isEqualTo(RunStatus.FAILED);
            assertThat(report.reason())
                    .startsWith("TLS with 127.0.0.1:" + plain.getLocalPort() + " failed")
                    .endsWith("check the certificate and the https URL");
            assertThat(report.httpStatus()).isEmpty();
        }
    }

    private static void answerPlainHttp(ServerSocket plain) {
        while (!plain.isClosed()) {
            try (Socket connection = plain.accept()) {
                connection
                        .getOutputStream()
                        .write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                connection.getOutputStream().flush();
                connection.getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException closed) {
                // the client hung up, or the test is over
            }
        }
    }

    @Test
    void anUnknownHostFailsAndIsNotRetried() {
        Run report = runs.report(integration("https://nonexistent.invalid/contacts"));

        assertFailed(
                report,
                "cannot resolve host nonexistent.invalid: check the integration's URL and the DNS",
                OptionalInt.empty());
    }

    // --- error answers ---

    @Test
    void http500IsAFailureAndNotRetried() {
        server.enqueue(status(500));

        assertFailed(runs.report(integration(url("/contacts"))), "the CRM answered HTTP 500", OptionalInt.of(500));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http502IsRetriedForAGet() {
        server.enqueue(status(502));
        server.enqueue(status(502));

        assertFailed(
                runs.report(integration(url("/contacts"))),
                "the CRM answered HTTP 502 (after 2 attempts)",
                OptionalInt.of(502));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void http502IsNotRetriedForAPostWhichTheCrmMayHaveProcessed() {
        server.enqueue(status(502));

        assertFailed(
                runs.report(integration(url("/tickets"), "POST", TWO_ATTEMPTS)),
                "the CRM answered HTTP 502",
                OptionalInt.of(502));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http503ThenSuccessSucceedsOnTheRetry() {
        server.enqueue(status(503));
        server.enqueue(json(CUSTOMER));

        assertSavedCustomer(runs.run(integration(url("/contacts"))));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void http429WithRetryAfterIsWaitedForThenSucceedsEvenForAPost() throws Exception {
        RequestTimes times = new RequestTimes(
                new MockResponse.Builder()
                        .code(429)
                        .setHeader("Retry-After", "1")
                        .build(),
                json(CUSTOMER));
        server.setDispatcher(times);

        assertSavedCustomer(runs.run(integration(url("/search"), "POST", TWO_ATTEMPTS)));
        assertThat(times.gap()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void http429WithAnHttpDateRetryAfterIsWaitedForToo() throws Exception {
        ZonedDateTime asked = ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2);
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(asked);
        RequestTimes times = new RequestTimes(
                new MockResponse.Builder()
                        .code(429)
                        .setHeader("Retry-After", inTwoSeconds)
                        .build(),
                json(CUSTOMER));
        server.setDispatcher(times);

        // The default deadline (2 s here) could end before a wait of up to 2 s: give the call room.
        String roomToWait = "{\"retries\": {\"maxAttempts\": 2, \"maxRetryAfter\": 3}, \"deadline\": 5}";
        assertSavedCustomer(runs.run(integration(url("/contacts"), "GET", roomToWait)));
        // The date has whole seconds: the retry comes no earlier than the asked second began, however
        // late the first call came (a busy machine may take a second to make it).
        assertThat(times.secondArrival())
                .isAfterOrEqualTo(
                        asked.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toInstant());
    }

    @Test
    void http429AskingToWaitLongerThanTheBoundIsNotRetriedAndSaysSo() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "120")
                .build());

        assertFailed(
                runs.report(integration(url("/contacts"))),
                "the CRM answered HTTP 429 (not retried: the CRM asked to wait 120 s"
                        + " (Retry-After), longer than resilience.retries.maxRetryAfter of 2 s)",
                OptionalInt.of(429));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRedirectLoopFails() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder()
                        .code(302)
                        .setHeader("Location", "/loop")
                        .build();
            }
        });

        Run report = runs.report(integration(url("/loop")));

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.reason()).contains("kept redirecting").contains("probably a loop");
        assertThat(report.httpStatus()).isEmpty();
    }

    // --- unusable bodies ---

    @Test
    void malformedJsonSucceedsWithNothingFromTheBody() {
        server.enqueue(json("{\"id\": \"C-1001\""));

        RunResult result = runs.run(integration(url("/contacts")));

        assertBodyUnusable(result);
    }

    @Test
    void anHtmlPageSucceedsWithNothingFromTheBody() {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "text/html")
                .body("<html><body>Maintenance</body></html>")
                .build());

        assertBodyUnusable(runs.run(integration(url("/contacts"))));
    }

    @Test
    void anEmpty200BodySucceedsWithNothingFromTheBody() {
        server.enqueue(new MockResponse.Builder().code(200).build());

        assertBodyUnusable(runs.run(integration(url("/contacts"))));
    }

    @Test
    void aJsonArrayWhereAnObjectWasExpectedSucceedsWithNothingFromTheBody() {
        server.enqueue(json("[{\"id\": \"C-1001\"}]"));

        assertBodyUnusable(runs.run(integration(url("/contacts"))));
    }

    /**
     * The CRM answered 2xx, so the call worked; a body without the values asked for renders them as null,
     * as any missing placeholder does (docs/configuration.md). The run log shows the key saved as null.
     */
    private static void assertBodyUnusable(RunResult result) {
        assertThat(result.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.run().httpStatus()).hasValue(200);
        assertThat(result.run().reason()).isEqualTo("saved 1 attached-data key(s)");
        assertThat(result.saved())
                .isEqualTo(
                        JsonObject.builder().put("customer", JsonNull.INSTANCE).build());
    }

    @Test
    void aHundredMegabyteBodyFailsAtTheSizeCapWithoutBeingBuffered() throws Exception {
        AtomicLong written = new AtomicLong();
        try (RawServer huge = RawServer.start(socket -> streamChunked(socket, 100L * 1024 * 1024, written))) {
            long heapBefore = usedHeapAfterGc();

            Run report = runs.report(integration(huge.url("/export")));

            long heapGrowth = usedHeapAfterGc() - heapBefore;
            assertFailed(
                    report,
                    "the answer of GET 127.0.0.1:" + huge.url("").substring("http://127.0.0.1:".length())
                            + "/export is larger than 1 MiB; it was not read (raise the response size limit or ask the CRM for less data)",
                    OptionalInt.empty());
            // The client stopped reading at the cap: the server could only fill the socket buffers after it.
            assertThat(written.get()).isLessThan(32L * 1024 * 1024);
            assertThat(heapGrowth).isLessThan(50L * 1024 * 1024);
        }
    }

    // --- the integration's own limits ---

    @Test
    void aCallFindingTheBulkheadFullWaitsForASlotAndIsSentWhenOneFrees() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(5, TimeUnit.SECONDS);
                return json(CUSTOMER);
            }
        });
        Integration integration = integration(
                url("/contacts"),
                "GET",
                "{\"maxConcurrentCalls\": 1, \"retries\": {\"maxAttempts\": 1}, \"deadline\": 5}");
        CompletableFuture<RunResult> first = CompletableFuture.supplyAsync(() -> runs.run(integration));
        awaitRequests(1);

        CompletableFuture<RunResult> second = CompletableFuture.supplyAsync(() -> runs.run(integration));
        Thread.sleep(100); // the second call is waiting for the slot
        assertThat(server.getRequestCount())
                .as("not sent while the slot is taken")
                .isEqualTo(1);
        release.countDown();

        assertSavedCustomer(first.get(5, TimeUnit.SECONDS));
        assertSavedCustomer(second.get(5, TimeUnit.SECONDS));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aCallStillFindingTheBulkheadFullAfterItsTimeoutIsNotSent() throws Exception {
        // The first call holds the only slot for its whole-call deadline (1 s): its body trickles in.
        server.enqueue(new MockResponse.Builder()
                .body(CUSTOMER + " ".repeat(100))
                .throttleBody(1, 100, TimeUnit.MILLISECONDS)
                .build());
        Integration integration = integration(
                url("/contacts"),
                "GET",
                "{\"maxConcurrentCalls\": 1, \"retries\": {\"maxAttempts\": 1}, \"deadline\": 5}");
        CompletableFuture<RunResult> first = CompletableFuture.supplyAsync(() -> runs.run(integration));
        awaitRequests(1);

        Run second = runs.report(integration);

        assertThat(second.status()).isEqualTo(RunStatus.FAILED);
        assertThat(second.reason())
                .isEqualTo("integration " + id + " already has 1 calls to " + server.getHostName() + ":"
                        + server.getPort()
                        + " in progress (resilience.maxConcurrentCalls) and none finished within its timeout; GET "
                        + server.getHostName() + ":"
                        + server.getPort() + "/contacts was not sent: the CRM answers slowly, or the limit is too low");
        assertThat(second.duration())
                .as("it waited the 0.5 s timeout for a slot")
                .isGreaterThanOrEqualTo(Duration.ofMillis(450));
        first.get(5, TimeUnit.SECONDS);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aCallOverTheRateLimitIsNotSent() {
        server.enqueue(json(CUSTOMER));
        server.enqueue(json(CUSTOMER));
        Integration integration = integration(url("/contacts"), "GET", "{\"rateLimit\": 0.2}");

        assertSavedCustomer(runs.run(integration));
        Run second = runs.report(integration);

        assertThat(second.status()).isEqualTo(RunStatus.FAILED);
        assertThat(second.reason())
                .startsWith("integration " + id
                        + " may call its CRM at most 0.2 times per second (resilience.rateLimit); GET ")
                .endsWith(
                        "was not sent: its turn would not come within 500 ms (request.timeout) or before the call's deadline");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anIdenticalRequestWithinTheTtlIsAnsweredFromTheCache() {
        server.enqueue(json(CUSTOMER));
        server.enqueue(status(500));
        Integration integration = integration(url("/contacts?phone=123"), "GET", "{\"cache\": {\"ttl\": 60}}");

        assertSavedCustomer(runs.run(integration));
        assertSavedCustomer(runs.run(integration));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void errorAnswersAreNotCached() {
        server.enqueue(status(404));
        server.enqueue(json(CUSTOMER));
        Integration integration = integration(url("/contacts"), "GET", "{\"cache\": {\"ttl\": 60}}");

        assertThat(runs.report(integration).httpStatus()).hasValue(404);
        assertSavedCustomer(runs.run(integration));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void failuresOpenTheCircuitWhichTheHealthPortShows() {
        server.enqueue(status(500));
        server.enqueue(status(500));
        Integration integration = integration(
                url("/contacts"),
                "GET",
                "{\"retries\": {\"maxAttempts\": 1}, \"circuitBreaker\": {\"minimumCalls\": 2, \"failureRateThreshold\": 50, \"openFor\": 60}}");
        assertThat(runs.circuit(id)).isEmpty();

        runs.run(integration);
        assertThat(runs.circuit(id)).hasValueSatisfying(circuit -> {
            assertThat(circuit.state()).isEqualTo(CircuitView.State.CLOSED);
            assertThat(circuit.bufferedCalls()).isEqualTo(1);
            assertThat(circuit.failureRate()).isEmpty();
        });
        runs.run(integration);
        Run refused = runs.report(integration);

        assertThat(refused.status()).isEqualTo(RunStatus.FAILED);
        assertThat(refused.reason())
                .startsWith("circuit breaker of integration " + id + " is open: the last 2 calls failed 100 %");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(runs.circuit(id)).hasValueSatisfying(circuit -> {
            assertThat(circuit.state()).isEqualTo(CircuitView.State.OPEN);
            assertThat(circuit.failureRate()).hasValue(100);
            assertThat(circuit.bufferedCalls()).isEqualTo(2);
            assertThat(circuit.failedCalls()).isEqualTo(2);
            assertThat(circuit.retryAt()).isPresent();
        });
    }

    @Test
    void aNewVersionOfTheIntegrationGetsGuardsBuiltFromItsNewSettings() {
        server.enqueue(status(500));
        server.enqueue(json(CUSTOMER));
        Integration strict = integration(
                url("/contacts"),
                "GET",
                "{\"retries\": {\"maxAttempts\": 1}, \"circuitBreaker\": {\"minimumCalls\": 1, \"openFor\": 60}}");
        runs.run(strict);
        assertThat(runs.circuit(id))
                .hasValueSatisfying(circuit -> assertThat(circuit.state()).isEqualTo(CircuitView.State.OPEN));

        Integration saved = integration(url("/contacts"), "GET", "{\"retries\": {\"maxAttempts\": 1}}");

        assertSavedCustomer(runs.run(saved));
        assertThat(runs.circuit(id)).hasValueSatisfying(circuit -> {
            assertThat(circuit.state()).isEqualTo(CircuitView.State.CLOSED);
            assertThat(circuit.bufferedCalls()).isEqualTo(1);
        });
    }

    // --- helpers ---

    /** A backlog-1 server that never accepts: once its queue is full the kernel drops further connection attempts. */
    private static List<Socket> fillAcceptQueue(ServerSocket server) {
        List<Socket> queued = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()), 200);
                queued.add(socket);
            } catch (java.io.IOException full) {
                break;
            }
        }
        return queued;
    }

    private void awaitRequests(int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.getRequestCount() < count && System.nanoTime() < until) {
            Thread.sleep(10);
        }
    }

    private static void streamChunked(Socket socket, long total, AtomicLong written) throws java.io.IOException {
        OutputStream out = socket.getOutputStream();
        out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n".getBytes(StandardCharsets.US_ASCII);
        for (long sent = 0; sent < total; sent += chunk.length) {
            out.write(head);
            out.write(chunk);
            out.write(tail);
            written.addAndGet(chunk.length);
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Answers the given responses in order and remembers when the first two requests arrived. */
    private static final class RequestTimes extends Dispatcher {
        private final List<MockResponse> responses;
        private final List<Long> arrivals = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final List<java.time.Instant> clockArrivals = new java.util.concurrent.CopyOnWriteArrayList<>();

        RequestTimes(MockResponse... responses) {
            this.responses = List.of(responses);
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            arrivals.add(System.nanoTime());
            clockArrivals.add(java.time.Instant.now());
            return responses.get(Math.min(arrivals.size(), responses.size()) - 1);
        }

        /** When the second request came, by the wall clock (what an HTTP date is compared with). */
        java.time.Instant secondArrival() {
            assertThat(clockArrivals).hasSizeGreaterThanOrEqualTo(2);
            return clockArrivals.get(1);
        }

        Duration gap() {
            assertThat(arrivals).hasSizeGreaterThanOrEqualTo(2);
            return Duration.ofNanos(arrivals.get(1) - arrivals.get(0));
        }
    }
}
