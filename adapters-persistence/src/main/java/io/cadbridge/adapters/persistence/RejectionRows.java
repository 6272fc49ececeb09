package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INGESTION_REJECTED;

import io.cadbridge.adapters.persistence.jooq.tables.records.IngestionRejectedRecord;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.ingestion.Rejection;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Rejected records in {@code ingestion_rejected} (V22): inserted with their batch, once per place, and
 * read back. PostgreSQL's text and jsonb cannot hold U+0000, which a record's bytes may: it is kept as
 * U+FFFD, like any byte that is not UTF-8.
 */
final class RejectionRows {

    private RejectionRows() {}

    /** Inserts the records inside {@code tx}; one already kept at its (topic, partition, offset) stays as it is. */
    static void insert(DSLContext tx, List<RejectedRecord> rejected, Instant at) {
        if (rejected.isEmpty()) {
            return;
        }
        var insert = tx.insertInto(
                INGESTION_REJECTED,
                INGESTION_REJECTED.TOPIC,
                INGESTION_REJECTED.PARTITION,
                INGESTION_REJECTED.RECORD_OFFSET,
                INGESTION_REJECTED.RECORD_KEY,
                INGESTION_REJECTED.VALUE,
                INGESTION_REJECTED.VALUE_TRUNCATED,
                INGESTION_REJECTED.PROBLEMS,
                INGESTION_REJECTED.REJECTED_AT);
        for (RejectedRecord record : rejected) {
            insert = insert.values(
                    record.stream(),
                    record.partition(),
                    record.offset(),
                    record.key().map(RejectionRows::storable).orElse(null),
                    record.value().map(RejectionRows::storable).orElse(null),
                    record.valueTruncated(),
                    JsonColumns.jsonb(problems(record.problems())),
                    Timestamps.column(at));
        }
        insert.onConflictDoNothing().execute();
    }

    static Rejection rejection(IngestionRejectedRecord row) {
        return new Rejection(
                row.getId(),
                Timestamps.instant(row.getRejectedAt()),
                new RejectedRecord(
                        row.getTopic(),
                        row.getPartition(),
                        row.getRecordOffset(),
                        Optional.ofNullable(row.getRecordKey()),
                        Optional.ofNullable(row.getValue()),
                        row.getValueTruncated(),
                        problems(JsonColumns.value(row.getProblems()))));
    }

    private static JsonArray problems(List<ValidationProblem> problems) {
        return new JsonArray(problems.stream()
                .<JsonValue>map(problem -> JsonObject.builder()
                        .put("pointer", storable(problem.pointer()))
                        .put("message", storable(problem.message()))
                        .build())
                .toList());
    }

    private static List<ValidationProblem> problems(JsonValue stored) {
        return ((JsonArray) stored)
                .elements().stream()
                        .map(element -> (JsonObject) element)
                        .map(problem -> new ValidationProblem(text(problem, "pointer"), text(problem, "message")))
                        .toList();
    }

    private static String text(JsonObject object, String member) {
        return ((JsonString) object.get(member).orElseThrow()).value();
    }

    private static String storable(String text) {
        return text.replace('\u0000', '\uFFFD');
    }
}
