package io.cadbridge.adapters.persistence;

import io.cadbridge.domain.run.Run;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The runs a step commit records, inserted by one statement (ADR 0033). */
final class RunRows {

    private static final String INSERT_RUNS = "insert into integration_run (id, integration_id, integration_name,"
            + " event_id, event_name, conversation_id, status, reason, http_status, duration_micros, started_at,"
            + " job_id, step)"
            + " select id::uuid, integration_id::uuid, integration_name, event_id, event_name, conversation_id,"
            + " status, reason, http_status, duration_micros, started_at::timestamptz, job_id, step"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::int[], ?::bigint[], ?::text[], ?::bigint[], ?::int[]) as run(id, integration_id, integration_name,"
            + " event_id, event_name, conversation_id, status, reason, http_status, duration_micros, started_at,"
            + " job_id, step)";

    /** A run and the job step that made it. */
    record Row(Run run, long jobId, int step) {}

    private RunRows() {}

    /** The statement inserting the runs of {@code held}, to run with the step commit's others; none without runs. */
    static Optional<ArrayStatements.Bound> insert(ArrayStatements statements, List<Row> held) {
        if (held.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>(held.size());
        List<String> integrations = new ArrayList<>(held.size());
        List<String> names = new ArrayList<>(held.size());
        List<String> events = new ArrayList<>(held.size());
        List<String> eventNames = new ArrayList<>(held.size());
        List<String> conversations = new ArrayList<>(held.size());
        List<String> statuses = new ArrayList<>(held.size());
        List<String> reasons = new ArrayList<>(held.size());
        List<Integer> httpStatuses = new ArrayList<>(held.size());
        List<Long> durations = new ArrayList<>(held.size());
        List<Instant> started = new ArrayList<>(held.size());
        List<Long> jobs = new ArrayList<>(held.size());
        List<Integer> steps = new ArrayList<>(held.size());
        for (Row row : held) {
            Run run = row.run();
            ids.add(run.id().toString());
            integrations.add(run.integrationId().value().toString());
            names.add(run.integrationName());
            events.add(run.eventId().value());
            eventNames.add(run.eventName().displayName());
            conversations.add(run.conversationId().value());
            statuses.add(run.status().wireName());
            reasons.add(run.reason());
            httpStatuses.add(run.httpStatus().isPresent() ? run.httpStatus().getAsInt() : null);
            durations.add(TimeUnit.MICROSECONDS.convert(run.duration()));
            started.add(run.startedAt());
            jobs.add(row.jobId());
            steps.add(row.step());
        }
        return Optional.of(new ArrayStatements.Bound(
                INSERT_RUNS,
                ArrayStatements.Bound.NO_ROWS,
                statements.texts(ids),
                statements.texts(integrations),
                statements.texts(names),
                statements.texts(events),
                statements.texts(eventNames),
                statements.texts(conversations),
                statements.texts(statuses),
                statements.texts(reasons),
                statements.ints(httpStatuses),
                statements.longs(durations),
                statements.instants(started),
                statements.longs(jobs),
                statements.ints(steps)));
    }
}
