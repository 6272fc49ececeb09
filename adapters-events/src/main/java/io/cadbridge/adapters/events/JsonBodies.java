package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads request bodies as JSON trees and writes JSON answers. */
final class JsonBodies {

    private final ObjectMapper mapper;
    /** Built once: its root serializer is found once, not looked up for every answer. */
    private final ObjectWriter writer;

    JsonBodies(ObjectMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.writer = mapper.writerFor(JsonNode.class);
    }

    /** The parsed body; malformed or empty JSON is refused with the place where parsing stopped. */
    JsonNode read(Context ctx) {
        return read(ctx.bodyAsBytes());
    }

    /** The parsed bytes (a request body or a Kafka record's value), refused as {@link #read(Context)} refuses them. */
    JsonNode read(byte[] bytes) {
        JsonNode body;
        try {
            body = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (NumberFormatException e) {
            // Jackson reads the digits as a BigDecimal, which refuses an exponent beyond its range.
            throw new ApiException(
                    ApiError.MALFORMED_JSON, "malformed JSON: a number is out of range (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body == null || body.isMissingNode()) {
            throw new ApiException(ApiError.MALFORMED_JSON, "the request body is empty; expected a JSON object");
        }
        return body;
    }

    void write(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(bytes(body));
    }

    /** The answer's bytes, as the mapper writes them (its features, e.g. plain BigDecimals). */
    byte[] bytes(JsonNode body) {
        try {
            return writer.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }

    private static ApiException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new ApiException(ApiError.MALFORMED_JSON, "malformed JSON" + where + ": " + e.getOriginalMessage());
    }
}
