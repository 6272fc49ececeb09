package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION_SECRET;
import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.VendorCatalog;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.VendorSpecs;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Integrations in PostgreSQL. Reads first fetch only ids and versions, then load and compile the
 * rows whose version is not in the cache: events are matched against compiled integrations
 * without re-parsing their templates.
 */
final class JooqIntegrationRepository implements IntegrationRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JooqIntegrationRepository.class);

    private final DSLContext dsl;
    private final SecretColumns secrets;
    private final CompiledIntegrations compiled = new CompiledIntegrations();

    private final VendorSpecs vendors;

    JooqIntegrationRepository(DSLContext dsl, SecretColumns secrets) {
        this(dsl, secrets, VendorCatalog.NONE);
    }

    @Inject
    JooqIntegrationRepository(DSLContext dsl, SecretColumns secrets, VendorCatalog vendors) {
        this.vendors = requireNonNull(vendors, "vendors is null");
        this.secrets = requireNonNull(secrets, "secrets is null");
        this.dsl = requireNonNull(dsl, "dsl is null");
    }

    @Override
    public void save(Integration integration) {
        Map<Field<?>, Object> columns = IntegrationColumns.of(integration);
        long version = dsl.transactionResult(transaction -> {
            long saved = transaction
                    .dsl()
                    .insertInto(INTEGRATION)
                    .set(INTEGRATION.ID, integration.id().value())
                    .set(columns)
                    .onConflict(INTEGRATION.ID)
                    .doUpdate()
                    .set(columns)
                    .returningResult(INTEGRATION.VERSION)
                    .fetchSingle()
                    .value1();
            secrets.save(transaction.dsl(), integration.id(), integration.secrets());
            return saved;
        });
        compiled.remember(integration, version);
    }

    @Override
    public Optional<Integration> findById(IntegrationId id) {
        Optional<Long> version = dsl.select(INTEGRATION.VERSION)
                .from(INTEGRATION)
                .where(INTEGRATION.ID.eq(id.value()))
                .fetchOptional(INTEGRATION.VERSION);
        if (version.isEmpty()) {
            compiled.forget(id);
            return Optional.empty();
        }
        return compiled.find(id, version.get())
                .or(() -> Optional.ofNullable(load(Set.of(id), false).get(id)));
    }

    @Override
    public List<Integration> findAll() {
        List<Record2<UUID, Long>> versions = dsl.select(INTEGRATION.ID, INTEGRATION.VERSION)
                .from(INTEGRATION)
                .orderBy(INTEGRATION.ORDINAL, INTEGRATION.NAME)
                .fetch();
        Set<IntegrationId> ids = new LinkedHashSet<>();
        versions.forEach(row -> ids.add(new IntegrationId(row.value1())));
        compiled.retainOnly(ids);
        Map<IntegrationId, Integration> found = new HashMap<>();
        versions.forEach(row -> compiled.find(new IntegrationId(row.value1()), row.value2())
                .ifPresent(integration -> found.put(integration.id(), integration)));
        Set<IntegrationId> stale = new LinkedHashSet<>(ids);
        stale.removeAll(found.keySet());
        // One integration that no longer compiles must not stop every event: it is left out and logged.
        found.putAll(load(stale, true));
        // An integration deleted between the two queries is simply left out.
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public boolean delete(IntegrationId id) {
        int deleted =
                dsl.deleteFrom(INTEGRATION).where(INTEGRATION.ID.eq(id.value())).execute();
        compiled.forget(id);
        return deleted > 0;
    }

    /** Loads and compiles these integrations with their secrets, and caches them under their current version. */
    private Map<IntegrationId, Integration> load(Set<IntegrationId> ids, boolean skipBroken) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<IntegrationId, Integration> loaded = new HashMap<>();
        dsl.select(INTEGRATION.fields())
                .select(SecretColumns.FIELDS)
                .from(INTEGRATION)
                .leftJoin(INTEGRATION_SECRET)
                .on(INTEGRATION_SECRET.INTEGRATION_ID.eq(INTEGRATION.ID))
                .where(INTEGRATION.ID.in(ids.stream().map(IntegrationId::value).toList()))
                .fetch()
                .forEach(row -> {
                    Integration integration;
                    try {
                        integration = StoredIntegration.compile(row, secrets, vendors);
                    } catch (IllegalStateException e) {
                        if (!skipBroken) {
                            throw e;
                        }
                        LOG.error(
                                "Integration {} is left out of event processing: {}",
                                row.get(INTEGRATION.ID),
                                e.getMessage());
                        return;
                    }
                    compiled.remember(integration, row.get(INTEGRATION.VERSION));
                    loaded.put(integration.id(), integration);
                });
        return loaded;
    }
}
