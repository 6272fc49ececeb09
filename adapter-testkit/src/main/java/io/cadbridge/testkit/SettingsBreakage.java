package io.cadbridge.testkit;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Valid settings broken in one place, derived from the adapter's own settings schema. */
final class SettingsBreakage {

    /** Settings with one mistake, and the pointer (under {@code /vendorSettings}) a refusal must name. */
    record Broken(JsonObject settings, String pointer) {}

    static final String UNKNOWN = "noSuchSetting";

    private SettingsBreakage() {}

    static Broken unknownMember(JsonObject valid) {
        return new Broken(valid.with(UNKNOWN, new JsonString("surprise")), "/vendorSettings/" + UNKNOWN);
    }

    /** A declared setting (one the sample uses first) given a value of another JSON type. */
    static Optional<Broken> wrongType(JsonObject schema, JsonObject valid) {
        JsonObject properties = object(schema, "properties");
        Set<String> names = new LinkedHashSet<>(valid.members().keySet());
        names.addAll(properties.members().keySet());
        for (String name : names) {
            Optional<JsonValue> wrong = object(properties, name)
                    .get("type")
                    .filter(JsonString.class::isInstance)
                    .map(type -> wrongValueFor(((JsonString) type).value()));
            if (wrong.isPresent()) {
                return Optional.of(new Broken(valid.with(name, wrong.get()), "/vendorSettings/" + name));
            }
        }
        return Optional.empty();
    }

    /** The sample without its first required setting; empty when the schema requires none. */
    static Optional<Broken> missingRequired(JsonObject schema, JsonObject valid) {
        JsonValue required = schema.get("required").orElse(JsonArray.EMPTY);
        if (!(required instanceof JsonArray names)) {
            return Optional.empty();
        }
        for (JsonValue name : names.elements()) {
            if (name instanceof JsonString text && valid.get(text.value()).isPresent()) {
                Map<String, JsonValue> members = new LinkedHashMap<>(valid.members());
                members.remove(text.value());
                return Optional.of(new Broken(new JsonObject(members), "/vendorSettings/" + text.value()));
            }
        }
        return Optional.empty();
    }

    private static JsonValue wrongValueFor(String type) {
        return switch (type) {
            case "string" -> JsonNumber.of(42);
            case "array", "object", "integer", "number", "boolean" -> new JsonString("not a " + type);
            default -> new JsonArray(java.util.List.of(JsonNumber.of(42)));
        };
    }

    private static JsonObject object(JsonObject parent, String name) {
        return parent.get(name)
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .orElse(JsonObject.EMPTY);
    }
}
