package io.cadbridge.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import io.cadbridge.adapters.events.ApiServer;
import io.cadbridge.adapters.events.EventsApiModule;
import io.cadbridge.adapters.events.KafkaIngestion;
import io.cadbridge.adapters.events.KafkaIngestionModule;
import io.cadbridge.adapters.http.AllowedTargets;
import io.cadbridge.adapters.http.CrmClientSettings;
import io.cadbridge.adapters.http.CrmHttpModule;
import io.cadbridge.adapters.persistence.DatabaseMigrations;
import io.cadbridge.adapters.persistence.MasterKeys;
import io.cadbridge.adapters.persistence.PersistenceModule;
import io.cadbridge.adapters.persistence.QueueDepth;
import io.cadbridge.application.administration.IntegrationPolicy;
import io.cadbridge.application.administration.RetentionJob;
import io.cadbridge.application.port.out.CrmCallHealth;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.processing.Housekeeping;
import io.cadbridge.application.processing.JobWorker;
import io.cadbridge.application.processing.ProcessingSettings;
import io.cadbridge.bootstrap.demo.DemoCrm;
import io.cadbridge.bootstrap.demo.DemoSetup;
import io.cadbridge.domain.access.AgentLinkToken;
import io.cadbridge.domain.access.TokenSecret;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: database, migrations, wiring, HTTP API and, with {@code --demo}, the sample
 * CRM. Stopping releases everything in the reverse order of starting.
 */
public final class CadbridgeService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CadbridgeService.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private int apiPort;
    private String apiToken;

    private CadbridgeService() {}

    /** Starts everything; on failure, whatever was already started is stopped again. */
    public static CadbridgeService start(ServiceSettings settings, boolean demo, PrintStream console) {
        CadbridgeService service = new CadbridgeService();
        try {
            service.startAll(settings, demo, console);
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    private void startAll(ServiceSettings settings, boolean demo, PrintStream console) {
        createDataDirectory(settings);
        started.push(DataDirectoryLock.acquire(settings.dataDirectory()));
        apiToken = ApiTokens.resolve(settings, console);
        ServiceMeters meters = new ServiceMeters();
        started.push(meters);
        Database database = Database.open(settings, meters.registry());
        started.push(database);
        MasterKeys keys = MasterKeyFile.resolve(settings, console);
        DatabaseMigrations.migrate(database.dataSource(), keys);
        List<Module> modules = new ArrayList<>(List.<Module>of(
                // The demo CRM answers on plain http://localhost, so --demo allows plain http.
                new CoreModule(
                        new IntegrationPolicy(settings.allowPlainHttp() || demo),
                        ProcessingSettings.DEFAULT
                                .withMaxInFlight(settings.maxInFlight())
                                .withLateUpdates(settings.lateUpdates()),
                        settings.retention(),
                        new TokenSecret(apiToken)),
                new PersistenceModule(database.dataSource(), keys),
                crmHttpModule(settings, demo),
                new AgentViewModule(
                        new AgentLinkToken.Key(keys.current().derive(AgentViewModule.LINK_KEY_PURPOSE)),
                        settings.web()),
                new EventsApiModule(),
                binder -> {
                    binder.bind(PrometheusMeterRegistry.class).toInstance(meters.registry());
                    binder.bind(MeterRegistry.class).toInstance(meters.registry());
                }));
        settings.kafka().ifPresent(kafka -> modules.add(new KafkaIngestionModule(kafka)));
        Injector injector = Guice.createInjector(modules);
        // Adapters register what must be closed on shutdown (the work queue's writers, HTTP client
        // pools, …) in a Set<AutoCloseable>. Closed in reverse: the API stops taking events, then the
        // worker finishes or gives up its jobs (committing through the work queue), then these, then the database.
        for (AutoCloseable closeable : injector.getInstance(Key.get(new TypeLiteral<Set<AutoCloseable>>() {}))) {
            started.push(closeable);
        }
        started.push(new EngineGauges(
                        injector.getInstance(QueueDepth.class),
                        injector.getInstance(IntegrationRepository.class),
                        injector.getInstance(CrmCallHealth.class),
                        injector.getInstance(Clock.class),
                        meters.registry())
                .start());
        RetentionJob retention = injector.getInstance(RetentionJob.class);
        retention.start();
        started.push(retention);
        Housekeeping housekeeping = injector.getInstance(Housekeeping.class);
        housekeeping.start();
        started.push(housekeeping);
        JobWorker worker = injector.getInstance(JobWorker.class);
        worker.start();
        started.push(worker);
        if (settings.kafka().isPresent()) {
            // After the worker (which runs what it accepts), before the API: stopped in the reverse order.
            KafkaIngestion kafka = injector.getInstance(KafkaIngestion.class);
            kafka.start();
            started.push(kafka);
        }
        ApiServer api = injector.getInstance(ApiServer.class);
        apiPort = api.start(settings.httpPort());
        started.push(api::stop);
        if (demo) {
            DemoCrm crm = DemoCrm.start(settings.demoCrmPort());
            started.push(crm);
            DemoSetup.apply(injector, crm.customersUrl());
        }
    }

    public int apiPort() {
        return apiPort;
    }

    public String apiToken() {
        return apiToken;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                LOG.warn("A part of the service did not stop cleanly", e);
            }
        }
    }

    private static void createDataDirectory(ServiceSettings settings) {
        try {
            Files.createDirectories(settings.dataDirectory());
        } catch (IOException e) {
            throw new SettingsException(
                    "CADBRIDGE_DATA_DIR " + settings.dataDirectory() + " cannot be created: " + e.getMessage(), e);
        }
        if (!Files.isWritable(settings.dataDirectory())) {
            throw new SettingsException("CADBRIDGE_DATA_DIR " + settings.dataDirectory() + " is not writable");
        }
    }

    /** The CRM client with the vendor adapters; a plugin directory that cannot be installed stops start-up. */
    private static CrmHttpModule crmHttpModule(ServiceSettings settings, boolean demo) {
        try {
            // The demo CRM answers on this machine, so --demo lets calls reach it.
            return new CrmHttpModule(
                    CrmClientSettings.defaults()
                            .withAllowedTargets(
                                    demo
                                            ? settings.allowedTargets().and(AllowedTargets.LOOPBACK)
                                            : settings.allowedTargets()),
                    settings.proxyEnvironment(),
                    settings.pluginsDirectory());
        } catch (IllegalStateException e) {
            throw new SettingsException("CADBRIDGE_PLUGINS_DIR: " + e.getMessage());
        }
    }
}
