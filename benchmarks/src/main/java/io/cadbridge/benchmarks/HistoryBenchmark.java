package io.cadbridge.benchmarks;

import static io.cadbridge.benchmarks.ScenarioRun.progress;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * {@code Benchmarks history}: history and reports at scale. The service starts on a fresh database (its
 * migrations make the schema), a loader fills it with {@code bench.conversations} conversations (default
 * 10 million) over the last 365 days, in the order they happened (as the service writes them), three kept values each (customerId: 2 million distinct,
 * customerType: 4, orderId: one per conversation) and their daily counts, as the step commits would
 * have written them; then the service's own HTTP API is measured: exact and prefix search, a month of
 * the Contact Log as CSV, and a year of daily counts.
 */
final class HistoryBenchmark {

    private static final int SEARCHES = 200;
    private static final int DAILY_QUERIES = 50;

    private final Path repository;
    private final int conversations;

    HistoryBenchmark(Path repository) {
        this.repository = repository;
        this.conversations = Integer.getInteger("bench.conversations", 10_000_000);
    }

    String run() throws IOException, SQLException, InterruptedException {
        Path runDirectory = ScenarioRun.runDirectory(repository, "history");
        try (BenchDatabase database = BenchDatabase.start(runDirectory.resolve("postgres"))) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            try (ServiceProcess service = ServiceProcess.start(repository, runDirectory, database, port)) {
                ServiceApi api = new ServiceApi(port, ServiceProcess.TOKEN);
                api.keepForStatistics(List.of("customerId", "customerType", "orderId"));
                long loadStarted = System.nanoTime();
                load(database);
                double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
                StringBuilder report = new StringBuilder();
                report.append("### history at %,d conversations (%s)%n%n".formatted(conversations, LocalDate.now()));
                report.append(
                        "Loaded %,d conversations and %,d kept values in %.0f s (indexes built after the load).%n%n"
                                .formatted(conversations, 3L * conversations, loadSeconds));
                report.append("| Measure | Figure |\n|---|---|\n");
                Random random = new Random(20261205);
                warm(api, random);
                report.append(row(
                        "exact search, `key=customerId&value=…` (%d searches)".formatted(SEARCHES),
                        latencies(
                                api,
                                random,
                                i -> "/v1/history/conversations?key=customerId&value=C-" + random.nextInt(2_000_000))));
                report.append(row(
                        "prefix search, `key=customerId&prefix=C-<5 digits>` (%d searches)".formatted(SEARCHES),
                        latencies(
                                api,
                                random,
                                i -> "/v1/history/conversations?key=customerId&prefix=C-"
                                        + (10_000 + random.nextInt(90_000)))));
                report.append(row(
                        "daily counts, `key=customerType`, 365 days (%d queries)".formatted(DAILY_QUERIES),
                        dailyLatencies(api)));
                report.append(contactLog(api, service));
                return report.toString();
            }
        }
    }

    /** What the step commits would have written, in bulk, then the indexes, then statistics. */
    private void load(BenchDatabase database) throws SQLException {
        progress("loading %,d conversations".formatted(conversations));
        database.run("drop index conversation_newest_first, conversation_last_event_at, history_value_search");
        database.run("alter table history_value drop constraint history_value_pkey");
        database.run("""
                insert into conversation (id, attached_data, created_at, updated_at, channel_type, direction, queue,
                                          started_at, ended_at, closed_at, last_event_at, last_event_name, unsaved_keys_removed_at,
                                          kept_values)
                select 'hist-' || n, '{}', t, t, (array['phone','chat','email'])[1 + n %% 3], 'inbound', 'support',
                       t, t + interval '4 minutes', t + interval '5 minutes', t + interval '5 minutes', 'Closed', t + interval '65 minutes',
                       jsonb_build_object('customerId', 'C-' || (n %% 2000000),
                                          'customerType', (array['gold','silver','bronze','none'])[1 + n %% 4],
                                          'orderId', 'O-' || n)
                  from (select n, now() - interval '365 days' + n * (interval '365 days' / %d) as t
                          from generate_series(1, %d) n) g""".formatted(conversations, conversations));
        progress("loading %,d kept values".formatted(3L * conversations));
        database.run("""
                insert into history_value (conversation_id, key, seq, value, value_text, event_id, saved_at)
                select c.id, k.key, 0, to_json(k.value), k.value, 'load-' || c.id, c.started_at
                  from (select id, started_at, substr(id, 6)::bigint as n from conversation where id like 'hist-%') c
                  cross join lateral (values
                      ('customerId', 'C-' || (c.n % 2000000)),
                      ('customerType', (array['gold','silver','bronze','none'])[1 + c.n % 4]),
                      ('orderId', 'O-' || c.n)) k(key, value)""");
        progress("building the indexes");
        database.run("alter table history_value add primary key (conversation_id, key, seq)");
        database.run("create index history_value_search on history_value (key, value_text, conversation_id)");
        database.run("create index conversation_newest_first on conversation (started_at desc, id desc)");
        database.run("create index conversation_last_event_at on conversation using brin (last_event_at)");
        progress("counting the daily values");
        database.run("""
                insert into extra_data_daily (key, day, channel_type, value_text, count)
                select v.key, (v.saved_at at time zone 'UTC')::date, c.channel_type, v.value_text, count(*)
                  from history_value v join conversation c on c.id = v.conversation_id
                 group by 1, 2, 3, 4""");
        database.run("vacuum analyze conversation");
        database.run("vacuum analyze history_value");
        database.run("vacuum analyze extra_data_daily");
    }

    private void warm(ServiceApi api, Random random) throws IOException {
        progress("warming up");
        for (int i = 0; i < 100; i++) {
            api.get("/v1/history/conversations?key=customerId&value=C-" + random.nextInt(2_000_000));
        }
    }

    /** The path of the i-th query. */
    @FunctionalInterface
    private interface Query {
        String of(int i);
    }

    private static double[] latencies(ServiceApi api, Random random, Query path) throws IOException {
        double[] millis = new double[SEARCHES];
        for (int i = 0; i < SEARCHES; i++) {
            String query = path.of(i);
            long started = System.nanoTime();
            HttpResponse<String> answer = api.get(query);
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IOException(query + " answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        return millis;
    }

    private static double[] dailyLatencies(ServiceApi api) throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        double[] millis = new double[DAILY_QUERIES];
        for (int i = 0; i < DAILY_QUERIES; i++) {
            String query =
                    "/v1/reports/extra-data/daily?key=customerType&from=" + today.minusDays(364) + "&to=" + today;
            long started = System.nanoTime();
            HttpResponse<String> answer = api.get(query);
            millis[i] = (System.nanoTime() - started) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IOException(query + " answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        return millis;
    }

    /**
     * One month of the Contact Log as CSV, twice: the first export after the start (its code not yet
     * compiled by the JIT) and the next. Rows per second, and the service's heap while it streamed.
     */
    private static String contactLog(ServiceApi api, ServiceProcess service) throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String query = "/v1/reports/contact-log?from=" + today.minusDays(30) + "T00:00:00Z&to=" + today + "T00:00:00Z";
        StringBuilder rows = new StringBuilder();
        for (String which : List.of("first", "second")) {
            try (HeapWatch heap = HeapWatch.start(service.pid())) {
                long started = System.nanoTime();
                long lines = api.lines(query) - 1;
                double seconds = (System.nanoTime() - started) / 1e9;
                HeapWatch.Heap used = heap.stop(service.gcLog());
                rows.append(("| Contact Log, one month as CSV, %s export | %,d rows in %.2f s: **%,.0f rows/s**;"
                                + " service heap at most %.0f MB sampled |%n")
                        .formatted(which, lines, seconds, lines / seconds, used.maxSampledMb()));
            }
        }
        return rows.toString();
    }

    private static String row(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return "| %s | p50 %.1f ms, **p95 %.1f ms**, max %.1f ms |\n"
                .formatted(what, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
