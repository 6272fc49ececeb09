package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.TriggerDecision;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunTrace;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.List;
import java.util.Optional;

/** The result of a test run. */
public sealed interface TestRunOutcome {

    /** The run's steps; {@code run} and {@code trace} are empty when the event does not trigger the integration. */
    record Traced(Integration integration, TriggerDecision trigger, Optional<Run> run, RunTrace trace)
            implements TestRunOutcome {
        public Traced {
            requireNonNull(integration, "integration is null");
            requireNonNull(trigger, "trigger is null");
            requireNonNull(run, "run is null");
            requireNonNull(trace, "trace is null");
        }
    }

    record NotFound(IntegrationId id) implements TestRunOutcome {
        public NotFound {
            requireNonNull(id, "id is null");
        }
    }

    record Invalid(List<ValidationProblem> problems) implements TestRunOutcome {
        public Invalid {
            problems = List.copyOf(requireNonNull(problems, "problems is null"));
        }
    }
}
