package io.cadbridge.domain.routing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A checked routing value, ready for Contact Pro to apply. */
public sealed interface RoutingValue {

    SetOperation operation();

    /** The waiting-time divisor: smaller means faster allocation. */
    record Priority(long value) implements RoutingValue {
        public Priority {
            if (value < 0) {
                throw new IllegalArgumentException("a priority is an unsigned integer");
            }
        }

        @Override
        public SetOperation operation() {
            return SetOperation.PRIORITY;
        }
    }

    record Queue(QueueEntry queue) implements RoutingValue {
        public Queue {
            requireNonNull(queue, "queue is null");
        }

        @Override
        public SetOperation operation() {
            return SetOperation.QUEUE;
        }
    }

    record PreferredAgent(AgentEntry agent) implements RoutingValue {
        public PreferredAgent {
            requireNonNull(agent, "agent is null");
        }

        @Override
        public SetOperation operation() {
            return SetOperation.PREFERRED_AGENT;
        }
    }

    /** The agents that must take the conversation, until {@code timeout} (seconds) has passed. */
    record RequiredAgents(List<AgentEntry> agents, Optional<Duration> timeout) implements RoutingValue {
        public RequiredAgents {
            agents = List.copyOf(requireNonNull(agents, "agents is null"));
            requireNonNull(timeout, "timeout is null");
            if (agents.isEmpty()) {
                throw new IllegalArgumentException("required agents name at least one agent");
            }
        }

        @Override
        public SetOperation operation() {
            return SetOperation.REQUIRED_AGENTS;
        }
    }
}
