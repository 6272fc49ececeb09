package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before a route runs (an unparseable URI, headers too large, …) use the
 * same JSON error body as the API instead of Jetty's HTML page.
 */
final class JettyJsonErrors extends ErrorHandler {

    private static final Map<Integer, String> CODES = Map.of(
            400,
            "bad_request",
            404,
            "not_found",
            405,
            "method_not_allowed",
            413,
            "payload_too_large",
            414,
            "uri_too_long",
            431,
            "request_header_fields_too_large",
            500,
            "internal_error",
            503,
            "unavailable");

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return body(status, reason);
    }

    static ByteBuffer body(int status, String reason) {
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.putObject("error")
                .put("code", CODES.getOrDefault(status, "http_" + status))
                .put(
                        "message",
                        reason == null || reason.isBlank()
                                ? "the request could not be handled (HTTP " + status + ")"
                                : reason)
                .putArray("details");
        return ByteBuffer.wrap(error.toString().getBytes(StandardCharsets.UTF_8));
    }
}
