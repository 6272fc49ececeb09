package io.cadbridge.adapters.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.stream.StreamSupport;

/** What the API answered, with helpers for the error body. */
record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the answer is not JSON: " + body, e);
        }
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    String errorCode() {
        return json().path("error").path("code").asText();
    }

    /** The pointers of the error details, in order. */
    List<String> pointers() {
        return StreamSupport.stream(json().path("error").path("details").spliterator(), false)
                .map(detail -> detail.path("pointer").asText())
                .toList();
    }

    /** The message of the detail at {@code pointer}. */
    String messageAt(String pointer) {
        return StreamSupport.stream(json().path("error").path("details").spliterator(), false)
                .filter(detail -> detail.path("pointer").asText().equals(pointer))
                .map(detail -> detail.path("message").asText())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no detail at " + pointer + " in " + body));
    }
}
