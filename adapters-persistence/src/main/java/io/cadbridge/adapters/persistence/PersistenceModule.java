package io.cadbridge.adapters.persistence;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.cadbridge.application.port.out.ApiTokenStore;
import io.cadbridge.application.port.out.AuditLog;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.DisplayProfileRepository;
import io.cadbridge.application.port.out.Erasures;
import io.cadbridge.application.port.out.EventInbox;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.Retention;
import io.cadbridge.application.port.out.RunLog;
import io.cadbridge.application.port.out.StorageHealth;
import io.cadbridge.application.port.out.VendorCatalog;
import io.cadbridge.application.port.out.WorkQueue;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * The PostgreSQL adapters of the outbound ports. The caller owns the data source and runs the
 * migrations, and closes every {@code Set<AutoCloseable>} element on shutdown (the work queue's writers).
 */
public final class PersistenceModule extends AbstractModule {

    private final DataSource dataSource;
    private final MasterKeys keys;

    /** @param keys what seals the integrations' secrets in the database */
    public PersistenceModule(DataSource dataSource, MasterKeys keys) {
        this.dataSource = requireNonNull(dataSource, "dataSource is null");
        this.keys = requireNonNull(keys, "keys is null");
    }

    @Override
    protected void configure() {
        // Stored vendor integrations compile with the installed adapters (the CRM module sets them), else none.
        OptionalBinder.newOptionalBinder(binder(), VendorCatalog.class)
                .setDefault()
                .toInstance(VendorCatalog.NONE);
        bind(IntegrationRepository.class).to(JooqIntegrationRepository.class).in(Scopes.SINGLETON);
        bind(ConversationStore.class).to(JooqConversationStore.class).in(Scopes.SINGLETON);
        bind(JooqWorkQueue.class).in(Scopes.SINGLETON);
        bind(BatchingWorkQueue.class).in(Scopes.SINGLETON);
        bind(WorkQueue.class).to(BatchingWorkQueue.class);
        bind(EventInbox.class).to(JooqEventInbox.class).in(Scopes.SINGLETON);
        // Closed by the composition root after the worker: commits what was submitted, then stops the writers.
        Multibinder.newSetBinder(binder(), AutoCloseable.class).addBinding().to(BatchingWorkQueue.class);
        bind(ExtraDataSettingsRepository.class)
                .to(JooqExtraDataSettingsRepository.class)
                .in(Scopes.SINGLETON);
        bind(RunLog.class).to(JooqRunLog.class).in(Scopes.SINGLETON);
        bind(Directory.class).to(JooqDirectory.class).in(Scopes.SINGLETON);
        bind(HistoryStore.class).to(JooqHistoryStore.class).in(Scopes.SINGLETON);
        bind(Erasures.class).to(JooqErasures.class).in(Scopes.SINGLETON);
        bind(Retention.class).to(JooqRetention.class).in(Scopes.SINGLETON);
        bind(ApiTokenStore.class).to(JooqApiTokenStore.class).in(Scopes.SINGLETON);
        bind(AuditLog.class).to(JooqAuditLog.class).in(Scopes.SINGLETON);
        bind(DisplayProfileRepository.class)
                .to(JooqDisplayProfileRepository.class)
                .in(Scopes.SINGLETON);
    }

    @Provides
    @Singleton
    StorageHealth storageHealth() {
        return new JdbcStorageHealth(dataSource);
    }

    @Provides
    @Singleton
    SecretSeal secretSeal() {
        return new SecretSeal(keys);
    }

    @Provides
    @Singleton
    DSLContext dslContext() {
        return JooqContexts.postgres(dataSource);
    }
}
