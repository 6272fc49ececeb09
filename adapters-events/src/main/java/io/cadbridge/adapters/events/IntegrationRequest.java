package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.SecretsUpdate;

/** An integration as a client sent it: the definition and what to do with the write-only secrets. */
record IntegrationRequest(IntegrationDraft draft, SecretsUpdate secrets) {
    IntegrationRequest {
        requireNonNull(draft, "draft is null");
        requireNonNull(secrets, "secrets is null");
    }
}
