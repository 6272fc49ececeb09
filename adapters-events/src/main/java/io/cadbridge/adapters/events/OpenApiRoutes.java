package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /v1/openapi.json}: the OpenAPI 3.1 description of this API, without a token like the
 * schemas, for clients and tools that read it. It is read once, at start, so a malformed document
 * stops the start instead of failing its readers.
 */
final class OpenApiRoutes implements ApiRoutes {

    static final String PATH = "/v1/openapi.json";
    private static final String RESOURCE = "/openapi.json";

    private final JsonBodies json;
    private final JsonNode document = load();

    @Inject
    OpenApiRoutes(JsonBodies json) {
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> json.write(ctx, 200, document), Access.OPEN);
    }

    private static JsonNode load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the classpath");
            }
            return ApiJson.newMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document " + RESOURCE, e);
        }
    }
}
