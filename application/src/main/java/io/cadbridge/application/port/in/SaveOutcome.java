package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.List;

/** The result of saving an integration: saved, or rejected for a reason the caller can fix. */
public sealed interface SaveOutcome {

    /** Saved; {@code warnings} name what will not work as written (a target the SSRF guard refuses). */
    record Saved(Integration integration, boolean created, List<ValidationProblem> warnings) implements SaveOutcome {
        public Saved {
            requireNonNull(integration, "integration is null");
            warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
        }
    }

    record NotFound(IntegrationId id) implements SaveOutcome {
        public NotFound {
            requireNonNull(id, "id is null");
        }
    }

    record Invalid(List<ValidationProblem> problems) implements SaveOutcome {
        public Invalid {
            problems = List.copyOf(requireNonNull(problems, "problems is null"));
        }
    }
}
