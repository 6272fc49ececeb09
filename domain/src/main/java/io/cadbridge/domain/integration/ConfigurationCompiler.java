package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import io.cadbridge.domain.validation.ValidationException;
import java.util.Optional;
import java.util.Set;

/** Checks a configuration document and compiles its templates, collecting every problem. */
final class ConfigurationCompiler {

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("request", "response", "resilience");

    private final String pointer;
    private final Problems problems = new Problems();

    ConfigurationCompiler(String pointer) {
        this.pointer = pointer;
    }

    IntegrationConfiguration compile(JsonValue source) {
        if (!(source instanceof JsonObject document)) {
            throw new ValidationException(pointer, "must be a JSON object with a \"request\" member");
        }
        problems.checkFields(document, pointer, TOP_LEVEL_FIELDS);
        Optional<JsonValue> requestSource = document.get("request");
        if (requestSource.isEmpty()) {
            problems.add(child(pointer, "request"), "is required");
        }
        Optional<RequestDefinition> request =
                requestSource.flatMap(value -> new RequestCompiler(problems).compile(value, child(pointer, "request")));
        ResponseDefinition response = document.get("response")
                .map(value -> new ResponseCompiler(problems).compile(value, child(pointer, "response")))
                .orElse(ResponseDefinition.NOTHING);
        Resilience resilience = document.get("resilience")
                .filter(value -> !(value instanceof JsonNull))
                .map(value -> new ResilienceCompiler(problems).compile(value, child(pointer, "resilience")))
                .orElse(Resilience.DEFAULTS);
        if (!problems.isEmpty() || request.isEmpty()) {
            throw new ValidationException(problems.list());
        }
        return new IntegrationConfiguration(document, request.get(), response, resilience);
    }
}
