package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.RunStatus;
import java.time.Duration;
import java.util.OptionalInt;

/** How one integration's run for one event went. */
public record RunReport(IntegrationId integrationId, String integrationName, RunStatus status, String reason,
        OptionalInt httpStatus, Duration duration) {

    public RunReport {
        requireNonNull(integrationId, "integrationId is null");
        requireNonNull(integrationName, "integrationName is null");
        requireNonNull(status, "status is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(httpStatus, "httpStatus is null");
        requireNonNull(duration, "duration is null");
    }
}
