package io.cadbridge.adapters.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cadbridge.application.port.in.ReportsUseCase.ContactLogSink;
import io.cadbridge.domain.history.ContactLogRow;
import io.cadbridge.domain.history.ConversationSummary;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.support.jackson.JsonValues;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Contact Log as it streams out: CSV (RFC 4180, CRLF, UTF-8) or JSON. Nothing is written before
 * the first row or the end, so a failure before then is still answered with a proper error.
 */
abstract sealed class ContactLogWriter implements ContactLogSink, AutoCloseable {

    /** The columns every line starts with; the kept keys follow. */
    static final List<String> FIXED_COLUMNS =
            List.of("conversationId", "channelType", "direction", "queue", "agent", "startedAt", "endedAt", "closedAt");

    private List<String> keys = List.of();
    private boolean started;

    static ContactLogWriter csv(OutputStream out) {
        return new Csv(out);
    }

    static ContactLogWriter json(OutputStream out) {
        return new Json(out);
    }

    @Override
    public void columns(List<String> kept) {
        this.keys = List.copyOf(kept);
    }

    @Override
    public void row(ContactLogRow row) {
        startOnce();
        try {
            write(row, keys);
        } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading the contact log", e);
        }
    }

    /** Ends the log (an empty one has its header too). */
    @Override
    public void close() {
        startOnce();
        try {
            end();
        } catch (IOException e) {
            throw new UncheckedIOException("the client stopped reading the contact log", e);
        }
    }

    private void startOnce() {
        if (!started) {
            started = true;
            try {
                start(keys);
            } catch (IOException e) {
                throw new UncheckedIOException("the client stopped reading the contact log", e);
            }
        }
    }

    abstract void start(List<String> keys) throws IOException;

    abstract void write(ContactLogRow row, List<String> keys) throws IOException;

    abstract void end() throws IOException;

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }

    static final class Csv extends ContactLogWriter {

        /** Quotes exactly the cells that need it (separator, quote, line break), not by a quick guess. */
        private static final CsvMapper MAPPER = CsvMapper.builder()
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .build();

        /** Written line by line, each an array of cells, without going through a serializer. */
        private final JsonGenerator lines;

        private Csv(OutputStream out) {
            try {
                this.lines = MAPPER.getFactory().createGenerator(out);
                lines.setSchema(CsvSchema.emptySchema().withLineSeparator("\r\n"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void start(List<String> keys) throws IOException {
            lines.writeStartArray();
            for (String column : FIXED_COLUMNS) {
                lines.writeString(column);
            }
            for (String key : keys) {
                lines.writeString(safe(key));
            }
            lines.writeEndArray();
        }

        @Override
        void write(ContactLogRow row, List<String> keys) throws IOException {
            ConversationSummary conversation = row.conversation();
            lines.writeStartArray();
            lines.writeString(safe(conversation.conversationId().value()));
            lines.writeString(safe(text(conversation.channelType())));
            lines.writeString(safe(text(conversation.direction())));
            lines.writeString(safe(text(conversation.queue())));
            lines.writeString(safe(text(conversation.agent())));
            lines.writeString(conversation.startedAt().toString());
            lines.writeString(text(conversation.endedAt()));
            lines.writeString(text(conversation.closedAt()));
            for (String key : keys) {
                lines.writeString(safe(cell(row.extraData().getOrDefault(key, JsonNull.INSTANCE))));
            }
            lines.writeEndArray();
        }

        @Override
        void end() throws IOException {
            lines.close();
        }

        /** A string as it is, no value as an empty cell, anything else as its JSON. */
        private static String cell(JsonValue value) {
            return switch (value) {
                case JsonString string -> string.value();
                case JsonNull nothing -> "";
                default -> value.toJson();
            };
        }

        /**
         * A spreadsheet would run a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, TAB or
         * CR as a formula (CWE-1236): such a cell is written with a leading {@code '}.
         */
        static String safe(String cell) {
            return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        }
    }

    static final class Json extends ContactLogWriter {

        private final JsonGenerator json;

        private Json(OutputStream out) {
            try {
                this.json = ApiJson.newMapper().createGenerator(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void start(List<String> keys) throws IOException {
            json.writeStartObject();
            json.writeArrayFieldStart("columns");
            for (String column : FIXED_COLUMNS) {
                json.writeString(column);
            }
            for (String key : keys) {
                json.writeString(key);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
        }

        @Override
        void write(ContactLogRow row, List<String> keys) throws IOException {
            ConversationSummary conversation = row.conversation();
            json.writeStartObject();
            json.writeStringField(
                    "conversationId", conversation.conversationId().value());
            json.writeStringField("channelType", conversation.channelType().orElse(null));
            json.writeStringField("direction", conversation.direction().orElse(null));
            json.writeStringField("queue", conversation.queue().orElse(null));
            json.writeStringField("agent", conversation.agent().orElse(null));
            json.writeStringField("startedAt", conversation.startedAt().toString());
            json.writeStringField(
                    "endedAt", conversation.endedAt().map(Instant::toString).orElse(null));
            json.writeStringField(
                    "closedAt", conversation.closedAt().map(Instant::toString).orElse(null));
            json.writeObjectFieldStart("extraData");
            for (String key : keys) {
                json.writeFieldName(key);
                json.writeTree(JsonValues.toNode(row.extraData().getOrDefault(key, JsonNull.INSTANCE)));
            }
            json.writeEndObject();
            json.writeEndObject();
        }

        @Override
        void end() throws IOException {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        }
    }
}
