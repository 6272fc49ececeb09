package io.cadbridge.adapters.persistence;

import io.cadbridge.domain.run.Run;
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
        return Optional.of(new ArrayStatements.Bound(
                INSERT_RUNS,
                ArrayStatements.Bound.NO_ROWS,
                statements.texts(held, row -> row.run().id().toString()),
                statements.texts(held, row -> row.run().integrationId().value().toString()),
                statements.texts(held, row -> row.run().integrationName()),
                statements.texts(held, row -> row.run().eventId().value()),
                statements.texts(held, row -> row.run().eventName().displayName()),
                statements.texts(held, row -> row.run().conversationId().value()),
                statements.texts(held, row -> row.run().status().wireName()),
                statements.texts(held, row -> row.run().reason()),
                statements.ints(
                        held,
                        row -> row.run().httpStatus().isPresent()
                                ? row.run().httpStatus().getAsInt()
                                : null),
                statements.longs(
                        held, row -> TimeUnit.MICROSECONDS.convert(row.run().duration())),
                statements.instants(held, row -> row.run().startedAt()),
                statements.longs(held, Row::jobId),
                statements.ints(held, Row::step)));
    }
}
