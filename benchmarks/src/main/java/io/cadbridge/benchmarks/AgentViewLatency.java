package io.cadbridge.benchmarks;

import static io.cadbridge.benchmarks.ScenarioRun.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code Benchmarks agent-view}: how soon an open agent view shows what an integration saved. The
 * service runs on a fresh database with the CRM-lookup integration; {@code bench.streams} agent views
 * (default 20) are open, each on its own conversation, over the real SSE endpoint; {@code bench.events}
 * events (default 400, {@code bench.rate} per second, default 20) go round the conversations. For each
 * push: its arrival minus the end of the run that caused it (the run log's start plus duration: the
 * commit follows, so the figure includes the commit), and minus the event's 202 answer.
 */
final class AgentViewLatency {

    private static final Duration PUSH_WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path repository;
    private final int streams = Integer.getInteger("bench.streams", 20);
    private final int events = Integer.getInteger("bench.events", 400);
    private final int rate = Integer.getInteger("bench.rate", 20);

    AgentViewLatency(Path repository) {
        this.repository = repository;
    }

    String run() throws IOException, SQLException, InterruptedException {
        Path runDirectory = ScenarioRun.runDirectory(repository, "agent-view");
        try (BenchDatabase database = BenchDatabase.start(runDirectory.resolve("postgres"));
                LocalCrm crm = LocalCrm.start(Duration.ZERO)) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            try (ServiceProcess service = ServiceProcess.start(repository, runDirectory, database, port)) {
                ServiceApi api = new ServiceApi(port, ServiceProcess.TOKEN);
                api.createIntegration(crm.customersUrl(), OptionalInt.empty());
                List<BlockingQueue<Instant>> pushes = openViews(api);
                progress("%d agent views open; sending %d events at %d/s".formatted(streams, events, rate));
                Map<String, Instant> answered = new HashMap<>();
                Map<String, Instant> arrived = new HashMap<>();
                long spacing = TimeUnit.SECONDS.toNanos(1) / rate;
                long next = System.nanoTime();
                for (int k = 0; k < events; k++) {
                    int view = k % streams;
                    String eventId = "view-" + k;
                    pushes.get(view).clear();
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    next += spacing;
                    int status = api.postEvent(eventId, conversation(view));
                    if (status != 202 && status != 200) {
                        throw new IOException(eventId + " answered " + status);
                    }
                    answered.put(eventId, Instant.now());
                    Instant push = pushes.get(view).poll(PUSH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    if (push != null) {
                        arrived.put(eventId, push);
                    } else if (arrived.isEmpty() && k >= streams) {
                        throw new IOException(
                                "no agent view received a push for " + k + " events: are the streams open?");
                    }
                }
                Map<String, Instant> runEnds = runEnds(api);
                List<Long> afterCommit = new ArrayList<>();
                List<Long> afterAnswer = new ArrayList<>();
                arrived.forEach((eventId, at) -> {
                    Instant end = runEnds.get(eventId);
                    if (end != null) {
                        afterCommit.add(Math.max(0, Duration.between(end, at).toNanos() / 1000));
                    }
                    afterAnswer.add(Math.max(
                            0, Duration.between(answered.get(eventId), at).toNanos() / 1000));
                });
                Distribution commit = Distribution.of(afterCommit.stream().mapToLong(Long::longValue));
                Distribution answer = Distribution.of(afterAnswer.stream().mapToLong(Long::longValue));
                String verdict = commit.percentile(95) <= 250_000 ? "met" : "MISSED";
                return """
                        ### agent view, live updates (%s)

                        %d agent views open (SSE), %d events at %d/s round them; %d of %d pushes arrived within %d s.

                        | Measure | Figure |
                        |---|---|
                        | push arrival − end of the run that saved the data (includes the commit) | %s |
                        | push arrival − the event's 202 answer (the run, the CRM call and the commit) | %s |
                        | target: p95 ≤ 250 ms after the commit | %s (p95 %s ms) |

                        Command: `benchmarks/run agent-view` (bench.streams=%d, bench.events=%d, bench.rate=%d).
                        """.formatted(
                                LocalDate.now(),
                                streams,
                                events,
                                rate,
                                arrived.size(),
                                events,
                                PUSH_WAIT.toSeconds(),
                                commit.inMillis(),
                                answer.inMillis(),
                                verdict,
                                Distribution.millis(commit.percentile(95)),
                                streams,
                                events,
                                rate);
            }
        }
    }

    private static String conversation(int view) {
        return "agent-view-" + view;
    }

    /** One SSE stream per conversation; each {@code event: cad} line marks a push's arrival. */
    private List<BlockingQueue<Instant>> openViews(ServiceApi api) throws IOException, InterruptedException {
        List<BlockingQueue<Instant>> pushes = new ArrayList<>();
        for (int view = 0; view < streams; view++) {
            JsonNode link = JSON.readTree(
                    api.postJson("/v1/agent-links", "{\"conversationId\": \"" + conversation(view) + "\"}")
                            .body());
            String url = link.get("url").asText().replace("?", "/stream?") + "&since=0";
            BlockingQueue<Instant> arrivals = new ArrayBlockingQueue<>(64);
            api.stream(url, line -> {
                if (line.equals("event: cad")) {
                    arrivals.offer(Instant.now());
                }
            });
            pushes.add(arrivals);
        }
        Thread.sleep(1000);
        return pushes;
    }

    /** Each event's run end (start plus duration), from the run log. */
    private Map<String, Instant> runEnds(ServiceApi api) throws IOException {
        Map<String, Instant> ends = new HashMap<>();
        JsonNode runs = JSON.readTree(api.get("/v1/runs?limit=500").body()).get("runs");
        for (JsonNode run : runs) {
            Instant started = Instant.parse(run.get("startedAt").asText());
            long micros = Math.round(run.get("durationMs").asDouble() * 1000);
            ends.put(run.get("eventId").asText(), started.plus(micros, ChronoUnit.MICROS));
        }
        return ends;
    }
}
