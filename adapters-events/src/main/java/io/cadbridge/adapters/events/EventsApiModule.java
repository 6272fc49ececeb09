package io.cadbridge.adapters.events;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;

/**
 * Binds the inbound HTTP API. The composition root supplies the use cases and {@link ApiAccess},
 * and starts the server; a module never starts anything. A new endpoint is one more
 * {@link ApiRoutes} contribution here.
 */
public final class EventsApiModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ApiServer.class).in(Scopes.SINGLETON);
        Multibinder<ApiRoutes> routes = Multibinder.newSetBinder(binder(), ApiRoutes.class);
        routes.addBinding().to(EventRoutes.class);
        routes.addBinding().to(HistoryRoutes.class);
        routes.addBinding().to(ReportRoutes.class);
        routes.addBinding().to(ErasureRoutes.class);
        routes.addBinding().to(ContactDataRoutes.class);
        routes.addBinding().to(IntegrationRoutes.class);
        routes.addBinding().to(TestRunRoutes.class);
        routes.addBinding().to(ExtraDataSettingsRoutes.class);
        routes.addBinding().to(ConversationRoutes.class);
        routes.addBinding().to(RunLogRoutes.class);
        routes.addBinding().to(RunRoutes.class);
        routes.addBinding().to(DirectoryRoutes.class);
        routes.addBinding().to(CircuitBreakerRoutes.class);
        routes.addBinding().to(SchemaRoutes.class);
        routes.addBinding().to(VendorRoutes.class);
        routes.addBinding().to(OpenApiRoutes.class);
        routes.addBinding().to(TokenRoutes.class);
        routes.addBinding().to(SigningSecretRoutes.class);
        routes.addBinding().to(HealthRoutes.class);
        routes.addBinding().to(MetricsRoutes.class);
        routes.addBinding().to(AuditRoutes.class);
        routes.addBinding().to(RejectedRecordRoutes.class);
        routes.addBinding().to(AgentViewRoutes.class);
        routes.addBinding().to(DisplayProfileRoutes.class);
        routes.addBinding().to(ConsoleSession.class);
        routes.addBinding().to(ConsoleRoutes.class);
        routes.addBinding().to(ConsoleRuns.class);
        routes.addBinding().to(ConsoleDashboard.class);
        routes.addBinding().to(ConsoleHistory.class);
        routes.addBinding().to(ConsoleSettings.class);
        routes.addBinding().to(Assets.class);
    }

    @Provides
    @Singleton
    JsonBodies jsonBodies() {
        return new JsonBodies(ApiJson.newMapper());
    }
}
