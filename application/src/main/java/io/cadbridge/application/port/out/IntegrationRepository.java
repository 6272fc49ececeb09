package io.cadbridge.application.port.out;

import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.List;
import java.util.Optional;

/** Where integrations, with their secrets, are kept. */
public interface IntegrationRepository {

    /** Inserts or replaces the integration with this id. */
    void save(Integration integration);

    Optional<Integration> findById(IntegrationId id);

    /** Every integration, ordered by ordinal, then name. */
    List<Integration> findAll();

    /** @return false when there was nothing to delete */
    boolean delete(IntegrationId id);
}
