package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.SecretsUpdate;
import java.util.List;
import java.util.Optional;

/** Administrators define, change and remove integrations. */
public interface ManageIntegrationsUseCase {

    SaveOutcome create(CreateIntegrationCommand command);

    SaveOutcome replace(ReplaceIntegrationCommand command);

    /** @return false when no such integration exists */
    boolean delete(IntegrationId id);

    Optional<Integration> find(IntegrationId id);

    List<Integration> list();

    record CreateIntegrationCommand(IntegrationDraft draft, SecretsUpdate secrets) {
        public CreateIntegrationCommand {
            requireNonNull(draft, "draft is null");
            requireNonNull(secrets, "secrets is null");
        }
    }

    record ReplaceIntegrationCommand(IntegrationId id, IntegrationDraft draft, SecretsUpdate secrets) {
        public ReplaceIntegrationCommand {
            requireNonNull(id, "id is null");
            requireNonNull(draft, "draft is null");
            requireNonNull(secrets, "secrets is null");
        }
    }
}
