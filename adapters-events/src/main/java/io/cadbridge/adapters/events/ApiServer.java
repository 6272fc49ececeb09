package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ReadCircuitBreakerUseCase;
import io.cadbridge.application.port.in.ReadAttachedDataUseCase;
import io.cadbridge.application.port.in.TestIntegrationUseCase;
import io.cadbridge.application.port.in.ManageRunsUseCase;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import jakarta.inject.Inject;

/**
 * The inbound HTTP API: the Contact Pro event webhook and the management API. The composition root
 * starts and stops it; nothing listens until {@link #start(int)}.
 */
public final class ApiServer {

    static final String HEALTH_PATH = "/v1/health";
    /** Events and integration definitions are small; anything bigger is a mistake or an attack. */
    static final long MAX_REQUEST_BYTES = 1_000_000;
    private static final int HEADER_CACHE_SIZE = 64;

    private final ApiAccess access;
    private final JsonBodies json = new JsonBodies(ApiJson.newMapper());
    private final EventRoutes eventRoutes;
    private final IntegrationRoutes integrationRoutes;
    private final ExtraDataSettingsRoutes extraDataSettingsRoutes;
    private final ConversationRoutes conversationRoutes;
    private final TestRunRoutes testRunRoutes;
    private final RunLogRoutes runLogRoutes;
    private final RunRoutes runRoutes;
    private final DirectoryRoutes directoryRoutes;
    private final CircuitBreakerRoutes circuitBreakerRoutes;
    private Javalin app;

    @Inject
    public ApiServer(ProcessEventUseCase events, ManageIntegrationsUseCase integrations,
            ExtraDataSettingsUseCase extraDataSettings, ReadAttachedDataUseCase attachedData, TestIntegrationUseCase tests,
            ManageRunsUseCase runLog, ManageDirectoryUseCase directory, ReadCircuitBreakerUseCase circuits, ApiAccess access) {
        this.access = requireNonNull(access, "access is null");
        this.eventRoutes = new EventRoutes(events, json);
        this.integrationRoutes = new IntegrationRoutes(integrations, json);
        this.extraDataSettingsRoutes = new ExtraDataSettingsRoutes(extraDataSettings, json);
        this.conversationRoutes = new ConversationRoutes(attachedData, json);
        this.testRunRoutes = new TestRunRoutes(tests, json);
        this.runLogRoutes = new RunLogRoutes(runLog, json);
        this.runRoutes = new RunRoutes(runLog, json);
        this.directoryRoutes = new DirectoryRoutes(directory, json);
        this.circuitBreakerRoutes = new CircuitBreakerRoutes(circuits, json);
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
        cfg.routes.before(new BearerTokenCheck(access));
        new ErrorResponses(json).register(cfg.routes);
        cfg.routes.get(HEALTH_PATH, ctx -> json.write(ctx, 200, JsonNodeFactory.instance.objectNode().put("status", "up")));
        eventRoutes.register(cfg.routes);
        integrationRoutes.register(cfg.routes);
        testRunRoutes.register(cfg.routes);
        extraDataSettingsRoutes.register(cfg.routes);
        conversationRoutes.register(cfg.routes);
        runLogRoutes.register(cfg.routes);
        runRoutes.register(cfg.routes);
        directoryRoutes.register(cfg.routes);
        circuitBreakerRoutes.register(cfg.routes);
        new SchemaRoutes().register(cfg.routes);
    }
}
