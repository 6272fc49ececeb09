package io.cadbridge.adapters.events;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code /v1/schemas/**}: the JSON Schema of the integration resource, for editors that offer
 * completion and inline errors. Editors fetch schemas without credentials and a schema holds no
 * secret, so these routes are {@link Access#OPEN}.
 */
final class SchemaRoutes implements ApiRoutes {

    static final String PREFIX = "/v1/schemas/";
    static final String INTEGRATION = PREFIX + "integration.json";
    static final String CONTENT_TYPE = "application/schema+json";
    private static final String INTEGRATION_RESOURCE = "/schemas/integration.json";

    private final byte[] integrationSchema = load(INTEGRATION_RESOURCE);

    @Override
    public void register(RoutesConfig routes) {
        routes.get(INTEGRATION, this::integration, Access.OPEN);
    }

    private void integration(Context ctx) {
        ctx.status(200).contentType(CONTENT_TYPE).result(integrationSchema);
    }

    private static byte[] load(String resource) {
        try (InputStream in = SchemaRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        }
    }
}
