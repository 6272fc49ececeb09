package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.template.TemplateValue;
import java.util.Optional;

/**
 * The compiled {@code response} part: what to {@code save} as attached data and what to {@code set}
 * for routing. {@code saveOnFailure} is the part of {@code save} that reads only request and response
 * metadata, decided once when the integration is compiled: what is saved when the CRM's answer is
 * not 2xx or no answer came (ADR 0019).
 */
public record ResponseDefinition(
        Optional<TemplateValue.ObjectValue> save,
        Optional<SetDefinition> set,
        Optional<TemplateValue.ObjectValue> saveOnFailure) {

    public static final ResponseDefinition NOTHING = new ResponseDefinition(Optional.empty(), Optional.empty());

    public ResponseDefinition {
        requireNonNull(save, "save is null");
        requireNonNull(set, "set is null");
        requireNonNull(saveOnFailure, "saveOnFailure is null");
    }

    public ResponseDefinition(Optional<TemplateValue.ObjectValue> save, Optional<SetDefinition> set) {
        this(save, set, requireNonNull(save, "save is null").flatMap(MetadataKeys::of));
    }
}
