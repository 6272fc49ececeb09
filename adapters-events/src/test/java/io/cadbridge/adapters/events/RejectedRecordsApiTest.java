package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.application.port.in.IngestEventsUseCase.IngestCommand;
import io.cadbridge.domain.conversation.StreamPosition;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.validation.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /v1/ingestion/rejected}: the Kafka records that held no event, newest first, a page at a time. */
class RejectedRecordsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    @Test
    void aRejectedRecordShowsWhereItWasWhatItHeldAndEachProblemAtItsPointer() {
        reject(RejectedRecord.of(
                "contact-events",
                2,
                41,
                bytes("conv-7"),
                bytes("{\"event\": {\"name\": \"Received\"}}"),
                List.of(
                        new ValidationProblem("/event/id", "is required"),
                        new ValidationProblem("/contact", "is required"))));

        ApiResponse response = api.get(RejectedRecordRoutes.PATH);

        assertThat(response.status()).isEqualTo(200);
        JsonNode record = response.json().at("/records/0");
        assertThat(record.get("id").asText()).isNotEmpty();
        assertThat(record.get("rejectedAt").asText()).isEqualTo(RunningApi.NOW.toString());
        assertThat(record.get("topic").asText()).isEqualTo("contact-events");
        assertThat(record.get("partition").asInt()).isEqualTo(2);
        assertThat(record.get("offset").asLong()).isEqualTo(41);
        assertThat(record.get("key").asText()).isEqualTo("conv-7");
        assertThat(record.get("value").asText()).isEqualTo("{\"event\": {\"name\": \"Received\"}}");
        assertThat(record.get("valueTruncated").asBoolean()).isFalse();
        assertThat(record.get("problems").toString())
                .isEqualTo("[{\"pointer\":\"/event/id\",\"message\":\"is required\"},"
                        + "{\"pointer\":\"/contact\",\"message\":\"is required\"}]");
        assertThat(response.json().get("next").isNull()).isTrue();
    }

    @Test
    void aTombstoneHasANullValueAndAHugeValueIsCutAndSaysSo() {
        reject(RejectedRecord.of("events", 0, 1, null, null, problem()));
        reject(RejectedRecord.of("events", 0, 2, null, bytes("x".repeat(70_000)), problem()));

        JsonNode records = api.get(RejectedRecordRoutes.PATH).json().get("records");

        assertThat(records.get(0).get("value").asText()).hasSize(RejectedRecord.MAX_VALUE_BYTES);
        assertThat(records.get(0).get("valueTruncated").asBoolean()).isTrue();
        assertThat(records.get(1).get("value").isNull()).isTrue();
        assertThat(records.get(1).get("key").isNull()).isTrue();
    }

    @Test
    void pagesGoBackInTimeAndABadCursorOrLimitIsRefusedNamingTheParameter() {
        for (int offset = 0; offset < 5; offset++) {
            reject(RejectedRecord.of("events", 0, offset, null, bytes("v" + offset), problem()));
        }

        JsonNode first = api.get(RejectedRecordRoutes.PATH + "?limit=2").json();
        JsonNode second = api.get(RejectedRecordRoutes.PATH + "?limit=2&cursor="
                        + first.get("next").asText())
                .json();
        JsonNode last = api.get(RejectedRecordRoutes.PATH + "?limit=2&cursor="
                        + second.get("next").asText())
                .json();

        assertThat(first.get("records"))
                .extracting(record -> record.get("offset").asInt())
                .containsExactly(4, 3);
        assertThat(second.get("records"))
                .extracting(record -> record.get("offset").asInt())
                .containsExactly(2, 1);
        assertThat(last.get("records"))
                .extracting(record -> record.get("offset").asInt())
                .containsExactly(0);
        assertThat(last.get("next").isNull()).isTrue();
        ApiResponse badCursor = api.get(RejectedRecordRoutes.PATH + "?cursor=-3");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.json().at("/error/message").asText())
                .isEqualTo("query parameter \"cursor\" must be the \"next\" of a page before, not \"-3\"");
        ApiResponse badLimit = api.get(RejectedRecordRoutes.PATH + "?limit=501");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().at("/error/message").asText())
                .isEqualTo("query parameter \"limit\" must be a whole number from 1 to 500, not \"501\"");
    }

    @Test
    void nothingRejectedIsAnEmptyPage() {
        assertThat(api.get(RejectedRecordRoutes.PATH).body()).isEqualTo("{\"records\":[],\"next\":null}");
    }

    @Test
    void whoReadsTheRunsReadsThemAndAnEventSenderDoesNot() {
        String ops = api.token("ops", "integrations:write");
        String sender = api.token("contact-pro", "events:write");

        assertThat(api.getAs(ops, RejectedRecordRoutes.PATH).status()).isEqualTo(200);
        assertThat(api.getAs(sender, RejectedRecordRoutes.PATH).status()).isEqualTo(403);
    }

    private void reject(RejectedRecord record) {
        api.world()
                .ingestEvents()
                .ingest(new IngestCommand(
                        List.of(),
                        List.of(record),
                        List.of(new StreamPosition(record.stream(), record.partition(), record.offset() + 1))));
    }

    private static List<ValidationProblem> problem() {
        return List.of(new ValidationProblem("", "malformed JSON at line 1, column 1"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
