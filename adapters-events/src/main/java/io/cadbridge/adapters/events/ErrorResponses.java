package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.out.StorageUnavailableException;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into {@code {"error": {"code", "message", "details"}}}. Together with
 * {@link ApiError} this is the only place that decides error statuses.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How long a client waits before sending again what got a 503: a database restart takes seconds. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final JsonBodies json;

    ErrorResponses(JsonBodies json) {
        this.json = requireNonNull(json, "json is null");
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.error(), e.getMessage(), List.of()));
        routes.exception(
                ValidationException.class,
                (e, ctx) -> send(
                        ctx,
                        ApiError.VALIDATION_FAILED,
                        "the request has " + e.problems().size() + " problem(s); see details",
                        e.problems()));
        routes.exception(HttpResponseException.class, (e, ctx) -> fromJavalin(e, ctx));
        routes.exception(StorageUnavailableException.class, (e, ctx) -> {
            LOG.warn("answered 503 to {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            send(
                    ctx,
                    ApiError.STORAGE_UNAVAILABLE,
                    "the database cannot be reached, so nothing was stored; try again in " + RETRY_AFTER_SECONDS + " s",
                    List.of());
        });
        routes.exception(Exception.class, (e, ctx) -> unexpected(e, ctx));
    }

    /** Javalin's own refusals: no such route, wrong method, body too large. */
    private void fromJavalin(HttpResponseException e, Context ctx) {
        switch (e.getStatus()) {
            case 404 -> send(ctx, ApiError.NOT_FOUND, "no such route: " + ctx.method() + " " + ctx.path(), List.of());
            case 405 -> {
                String allowed = String.join(", ", e.getDetails().values());
                ctx.header("Allow", allowed);
                send(
                        ctx,
                        ApiError.METHOD_NOT_ALLOWED,
                        ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed,
                        List.of());
            }
            case 413 ->
                send(
                        ctx,
                        ApiError.PAYLOAD_TOO_LARGE,
                        "the request body is larger than " + ApiServer.MAX_REQUEST_BYTES + " bytes",
                        List.of());
            default ->
                send(
                        ctx,
                        e.getStatus() >= 500 ? ApiError.INTERNAL_ERROR : ApiError.BAD_REQUEST,
                        e.getMessage(),
                        List.of());
        }
    }

    /** Logged with the stack trace for operators; the client learns nothing about internals. Bodies are never logged. */
    private void unexpected(Exception e, Context ctx) {
        LOG.error("unexpected failure handling {} {}", ctx.method(), ctx.path(), e);
        send(ctx, ApiError.INTERNAL_ERROR, "an unexpected error occurred; it has been logged", List.of());
    }

    private void send(Context ctx, ApiError error, String message, List<ValidationProblem> problems) {
        if (error == ApiError.UNAUTHORIZED) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ArrayNode details = NODES.arrayNode();
        problems.forEach(
                problem -> details.addObject().put("pointer", problem.pointer()).put("message", problem.message()));
        ObjectNode body = NODES.objectNode();
        body.putObject("error")
                .put("code", error.code())
                .put("message", message)
                .set("details", details);
        json.write(ctx, error.status(), body);
    }
}
