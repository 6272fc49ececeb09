package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The inbound HTTP API: the Contact Pro event webhook and the management API. The composition root
 * starts and stops it; nothing listens until {@link #start(int)}.
 */
public final class ApiServer {

    static final String HEALTH_PATH = "/v1/health";
    /** Events and integration definitions are small; anything bigger is a mistake or an attack. */
    static final long MAX_REQUEST_BYTES = 1_000_000;

    private static final int HEADER_CACHE_SIZE = 64;

    private final Set<ApiRoutes> routes;
    private final JsonBodies json;
    private final ApiAccess access;
    private Javalin app;

    /**
     * @param routes every endpoint but the health check; {@link EventsApiModule} contributes them
     * @param json the one reader and writer of JSON bodies, shared with the routes and the error answers
     */
    @Inject
    ApiServer(Set<ApiRoutes> routes, JsonBodies json, ApiAccess access) {
        this.routes = Set.copyOf(requireNonNull(routes, "routes is null"));
        this.json = requireNonNull(json, "json is null");
        this.access = requireNonNull(access, "access is null");
    }

    /**
     * Starts listening.
     *
     * @param port the port to bind, 0 for any free one
     * @return the port bound
     */
    public synchronized int start(int port) {
        if (app != null) {
            throw new IllegalStateException("the API server is already running on port " + app.port());
        }
        app = Javalin.create(cfg -> configure(cfg, port)).start();
        return app.port();
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private void configure(JavalinConfig cfg, int port) {
        cfg.jetty.port = port;
        // Requests wait on the database (group commits) and on CRMs (blocking integrations): a virtual thread each.
        cfg.concurrency.useVirtualThreads = true;
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyJsonErrors()));
        // Jetty builds a ~100 KB header-field cache per keep-alive connection (default size 1024):
        // with a thousand webhook connections open that is 100 MB of heap. A small one does.
        cfg.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(HEADER_CACHE_SIZE));
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
        cfg.http.prefer405over404 = true;
        // The token check and the error answers apply to every route, so they stay here rather than in a contribution.
        cfg.routes.before(new BearerTokenCheck(access));
        new ErrorResponses(json).register(cfg.routes);
        cfg.routes.get(
                HEALTH_PATH,
                ctx -> json.write(
                        ctx, 200, JsonNodeFactory.instance.objectNode().put("status", "up")));
        routes.forEach(contribution -> contribution.register(cfg.routes));
    }
}
