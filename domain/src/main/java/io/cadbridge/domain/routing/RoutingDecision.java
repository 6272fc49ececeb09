package io.cadbridge.domain.routing;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing an event's integrations decided. Contact Pro runs a set operation only in the first
 * integration that executes it successfully: a later value of the same operation is ignored.
 */
public record RoutingDecision(Map<SetOperation, RoutingValue> values) {

    public static final RoutingDecision NONE = new RoutingDecision(Map.of());

    public RoutingDecision {
        EnumMap<SetOperation, RoutingValue> copy = new EnumMap<>(SetOperation.class);
        copy.putAll(requireNonNull(values, "values is null"));
        values = Collections.unmodifiableMap(copy);
    }

    /** Adds the applied results of a later integration for the operations not decided yet. */
    public RoutingDecision withFirstOf(List<SetResult> results) {
        EnumMap<SetOperation, RoutingValue> merged = new EnumMap<>(SetOperation.class);
        merged.putAll(values);
        for (SetResult result : results) {
            if (result instanceof SetResult.Applied applied) {
                merged.putIfAbsent(applied.operation(), applied.value());
            }
        }
        return new RoutingDecision(merged);
    }

    public Optional<RoutingValue> get(SetOperation operation) {
        return Optional.ofNullable(values.get(operation));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
