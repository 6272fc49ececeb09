package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cadbridge.application.port.in.AuthenticateUseCase;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.jetty.server.Server;

/**
 * The inbound HTTP API: the Contact Pro event webhook and the management API. The composition root
 * starts and stops it; nothing listens until {@link #start(int)}.
 */
public final class ApiServer {

    static final String HEALTH_PATH = "/v1/health";
    /** Events and integration definitions are small; anything bigger is a mistake or an attack. */
    static final long MAX_REQUEST_BYTES = 1_000_000;

    private static final int HEADER_CACHE_SIZE = 64;
    /**
     * Javalin copies each answer into Jetty's (pooled) output buffer through a fresh array of this size;
     * its default, Jetty's 32 KB output buffer size, made that copy most of the service's garbage.
     */
    private static final int RESPONSE_COPY_BYTES = 2048;

    private final Set<ApiRoutes> routes;
    private final JsonBodies json;
    private final AuthenticateUseCase tokens;
    private final MeterRegistry meters;
    private Javalin app;

    /**
     * @param routes every endpoint but the health check; {@link EventsApiModule} contributes them
     * @param json the one reader and writer of JSON bodies, shared with the routes and the error answers
     * @param meters where Jetty's connections and request threads are measured
     */
    @Inject
    ApiServer(Set<ApiRoutes> routes, JsonBodies json, AuthenticateUseCase tokens, MeterRegistry meters) {
        this.routes = Set.copyOf(requireNonNull(routes, "routes is null"));
        this.json = requireNonNull(json, "json is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.meters = requireNonNull(meters, "meters is null");
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
        Javalin created = Javalin.create(cfg -> configure(cfg, port));
        requireOneAccessPerRoute(created);
        app = created.start();
        Server jetty = app.jettyServer().server();
        JettyConnectionMetrics.addToAllConnectors(jetty, meters);
        new JettyServerThreadPoolMetrics(jetty.getThreadPool(), List.of()).bindTo(meters);
        return app.port();
    }

    /** Stops listening, then the routes' own threads (the pages' heartbeats, the dashboard's sampler). */
    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
        routes.stream()
                .filter(AutoCloseable.class::isInstance)
                .map(AutoCloseable.class::cast)
                .forEach(ApiServer::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            throw new IllegalStateException("a route's resources did not close", e);
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
        cfg.http.responseBufferSize = RESPONSE_COPY_BYTES;
        cfg.http.prefer405over404 = true;
        // htmx and its SSE extension for the pages, from their webjars: versioned paths, no token, cached long.
        cfg.staticFiles.add(webjars -> {
            webjars.hostedPath = "/webjars";
            webjars.directory = "META-INF/resources/webjars";
            webjars.location = Location.CLASSPATH;
            webjars.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
            webjars.roles = Set.of(Access.OPEN);
        });
        // The token check and the error answers apply to every route, so they stay here rather than in a contribution.
        cfg.routes.beforeMatched(new TokenCheck(tokens));
        new ErrorResponses(json).register(cfg.routes);
        cfg.routes.get(
                HEALTH_PATH,
                ctx -> json.write(
                        ctx, 200, JsonNodeFactory.instance.objectNode().put("status", "up")),
                Access.OPEN);
        routes.forEach(contribution -> contribution.register(cfg.routes));
    }

    /** Each route the running server registered ("METHOD /path") and what it needs. */
    synchronized Map<String, Access> declaredAccess() {
        if (app == null) {
            throw new IllegalStateException("the API server is not running");
        }
        Map<String, Access> declared = new TreeMap<>();
        app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .forEach(endpoint -> accessOf(endpoint)
                        .ifPresent(access -> declared.put(endpoint.method + " " + endpoint.path, access)));
        return declared;
    }

    /** Every route says what it needs ({@link Access}): one without, or with two, is a mistake found at start. */
    private static void requireOneAccessPerRoute(Javalin app) {
        List<String> undeclared = app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .filter(endpoint -> accessOf(endpoint).isEmpty())
                .map(endpoint -> endpoint.method + " " + endpoint.path)
                .toList();
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException(
                    "every route must declare exactly one access (Access.needs(scope) or Access.OPEN); these do not: "
                            + undeclared);
        }
    }

    /** The route's access, when it declares exactly one. */
    private static Optional<Access> accessOf(Endpoint endpoint) {
        List<Access> declared = Optional.ofNullable(endpoint.metadata(Roles.class)).stream()
                .flatMap(roles -> roles.getRoles().stream())
                .filter(Access.class::isInstance)
                .map(Access.class::cast)
                .toList();
        return declared.size() == 1 ? Optional.of(declared.getFirst()) : Optional.empty();
    }
}
