package io.cadbridge.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real Prometheus (Debian's {@code prometheus}, which {@code .ci/run} installs) scrapes {@code /metrics}
 * with a {@code metrics:read} token after real events went through the assembled service, and its
 * query API reads cadbridge's meters back; {@code promtool} lints the exposition. Prometheus listens on
 * and scrapes loopback only.
 */
class PrometheusScrapeEndToEndTest extends ExamplesEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SCRAPED_WITHIN = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void prometheusReadsTheEventsRunsAndCrmCallsOfRealTraffic() throws Exception {
        String integration = create("ex1-fetch-customer.json");
        for (int i = 0; i < 3; i++) {
            crmAnswers("{\"id\": \"C-" + i + "\", \"properties\": {\"firstname\": \"Aino\"}}");
        }
        for (int i = 0; i < 3; i++) {
            sendEvent("scrape-" + i, "phone", "");
            api.awaitAttachedData("scrape-" + i, "/customer_data");
        }
        assertThat(api.post("/v1/events", "{\"event\": {}}").status()).isEqualTo(400);
        String token = metricsToken();

        Path workDirectory = Files.createTempDirectory("prometheus");
        int port = FreePort.find();
        Process prometheus = startPrometheus(workDirectory, token, port);
        try {
            String runs = "cadbridge_runs_total{integration=\"" + integration + "\",status=\"succeeded\"}";
            assertThat(awaitValue(port, runs, 3)).isEqualTo(3);
            assertThat(value(port, "up{job=\"cadbridge\"}")).isEqualTo(1);
            assertThat(value(port, "sum(cadbridge_events_total{outcome=\"accepted\"})"))
                    .isEqualTo(3);
            assertThat(value(port, "cadbridge_events_total{outcome=\"refused\",status=\"400\"}"))
                    .isEqualTo(1);
            String calls = "cadbridge_crm_call_seconds_bucket{integration=\"" + integration + "\",outcome=\"2xx\"}";
            assertThat(value(port, "count(" + calls + ")"))
                    .as("14 fixed buckets and +Inf")
                    .isEqualTo(15);
            assertThat(value(port, "max(" + calls + ")")).isEqualTo(3);
            assertThat(value(port, "cadbridge_crm_circuit_state{integration=\"" + integration + "\",state=\"closed\"}"))
                    .isEqualTo(1);
            assertThat(value(port, "cadbridge_queue_pending_jobs")).isEqualTo(0);
            assertThat(value(port, "count(cadbridge_integration_info{integration=\"" + integration + "\"})"))
                    .isEqualTo(1);
            assertThat(value(port, "hikaricp_connections_max{pool=\"cadbridge\"}"))
                    .isEqualTo(10);
            assertThat(value(port, "count(jvm_memory_used_bytes)")).isPositive();
            assertThat(value(port, "count(jetty_connections_current_connections)"))
                    .isPositive();
        } finally {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theExpositionPassesPromtoolsLint() throws Exception {
        String token = metricsToken();
        String exposition = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.apiPort() + "/metrics"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        BodyHandlers.ofString())
                .body();

        Process promtool = new ProcessBuilder(tool("promtool"), "check", "metrics")
                .redirectErrorStream(true)
                .start();
        try (var stdin = promtool.getOutputStream()) {
            stdin.write(exposition.getBytes(StandardCharsets.UTF_8));
        }
        String verdict = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(promtool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(promtool.exitValue()).as(verdict).isZero();
    }

    private String metricsToken() {
        ApiClient.Answer created = api.post("/v1/tokens", "{\"name\": \"prometheus\", \"scopes\": [\"metrics:read\"]}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("token").asText();
    }

    private Process startPrometheus(Path workDirectory, String token, int port) throws IOException {
        Path config = workDirectory.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                scrape_configs:
                  - job_name: cadbridge
                    metrics_path: /metrics
                    authorization:
                      credentials: %s
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                """.formatted(token, service.apiPort()));
        return new ProcessBuilder(
                        tool("prometheus"),
                        "--config.file=" + config,
                        "--storage.tsdb.path=" + workDirectory.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("prometheus.log").toFile())
                .start();
    }

    /** Waits until the query has the value expected (Prometheus scrapes every second), then answers it. */
    private double awaitValue(int port, String query, double expected) throws Exception {
        long deadline = System.nanoTime() + SCRAPED_WITHIN.toNanos();
        double value = Double.NaN;
        while (System.nanoTime() < deadline) {
            value = valueOrNaN(port, query);
            if (value == expected) {
                return value;
            }
            Thread.sleep(250);
        }
        return value;
    }

    private double value(int port, String query) throws Exception {
        double value = valueOrNaN(port, query);
        assertThat(value).as(query + " has a value").isNotNaN();
        return value;
    }

    private double valueOrNaN(int port, String query) throws Exception {
        URI uri = URI.create(
                "http://127.0.0.1:" + port + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        JsonNode answer;
        try {
            answer = JSON.readTree(http.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString())
                    .body());
        } catch (IOException notListeningYet) {
            return Double.NaN;
        }
        JsonNode result = answer.at("/data/result");
        return result.size() == 1 ? result.get(0).at("/value/1").asDouble() : Double.NaN;
    }

    /** Debian's Prometheus tools; {@code .ci/run} installs them ({@code apt-get install prometheus}). */
    private static String tool(String name) {
        Path path = Path.of("/usr/bin", name);
        assertThat(Files.isExecutable(path))
                .as(path + " is missing: install Debian's prometheus package (apt-get install prometheus)")
                .isTrue();
        return path.toString();
    }
}
