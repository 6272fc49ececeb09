package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.template.TemplateValue;
import java.util.Optional;

/** The compiled {@code response} part: what to {@code save} as attached data and what to {@code set} for routing. */
public record ResponseDefinition(Optional<TemplateValue.ObjectValue> save, Optional<SetDefinition> set) {

    public static final ResponseDefinition NOTHING = new ResponseDefinition(Optional.empty(), Optional.empty());

    public ResponseDefinition {
        requireNonNull(save, "save is null");
        requireNonNull(set, "set is null");
    }
}
