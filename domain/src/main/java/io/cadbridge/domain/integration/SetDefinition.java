package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.template.TemplateValue;
import java.util.Optional;

/**
 * The compiled {@code response.set}: routing operations whose values come from the answer (or are
 * static). Each value is checked when it is produced, see {@code io.cadbridge.domain.routing}.
 */
public record SetDefinition(
        Optional<TemplateValue> priority,
        Optional<QueueTarget> queue,
        Optional<TemplateValue> preferredAgent,
        Optional<RequiredAgentsTarget> requiredAgents) {

    /** {@code "queue": {"id": …}} or {@code "queue": {"address": …}}. */
    public sealed interface QueueTarget {
        TemplateValue value();

        record ById(TemplateValue value) implements QueueTarget {
            public ById {
                requireNonNull(value, "value is null");
            }
        }

        record ByAddress(TemplateValue value) implements QueueTarget {
            public ByAddress {
                requireNonNull(value, "value is null");
            }
        }
    }

    /** {@code "requiredAgents": {"agents": …, "timeout": …}}. */
    public record RequiredAgentsTarget(TemplateValue agents, Optional<TemplateValue> timeout) {
        public RequiredAgentsTarget {
            requireNonNull(agents, "agents is null");
            requireNonNull(timeout, "timeout is null");
        }
    }

    public SetDefinition {
        requireNonNull(priority, "priority is null");
        requireNonNull(queue, "queue is null");
        requireNonNull(preferredAgent, "preferredAgent is null");
        requireNonNull(requiredAgents, "requiredAgents is null");
    }

    public boolean isEmpty() {
        return priority.isEmpty() && queue.isEmpty() && preferredAgent.isEmpty() && requiredAgents.isEmpty();
    }
}
