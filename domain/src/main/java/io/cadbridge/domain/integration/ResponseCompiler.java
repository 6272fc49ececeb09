package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.domain.template.TemplateValue;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code response} object: {@code save} (attached data) and {@code set} (routing). */
final class ResponseCompiler {

    static final Set<String> FIELDS = Set.of("save", "set");
    /** Contact Pro's shorthand for the whole debug object. */
    private static final String DEBUG_SHORTHAND = "*";

    private final Problems problems;

    ResponseCompiler(Problems problems) {
        this.problems = problems;
    }

    ResponseDefinition compile(JsonValue value, String at) {
        Optional<JsonObject> response = problems.object(value, at, "an object");
        if (response.isEmpty()) {
            return ResponseDefinition.NOTHING;
        }
        problems.checkFields(response.get(), at, FIELDS);
        Optional<TemplateValue.ObjectValue> save = response.get().get("save").flatMap(s -> save(s, child(at, "save")));
        Optional<SetDefinition> set =
                response.get().get("set").flatMap(s -> new SetCompiler(problems).compile(s, child(at, "set")));
        return new ResponseDefinition(save, set);
    }

    private Optional<TemplateValue.ObjectValue> save(JsonValue value, String at) {
        Optional<JsonObject> save = problems.object(value, at, "an object of attached-data keys and values");
        save.ifPresent(object -> AttachedDataKeys.check(object, at, problems.list()));
        return save.map(object -> (TemplateValue.ObjectValue)
                TemplateValue.compile(expandDebugShorthand(object), at, PlaceholderRules.RESPONSE, problems.list()));
    }

    /** {@code "debug": "*"} saves the debug object, like {@code "{debug}"}. */
    private static JsonValue expandDebugShorthand(JsonValue value) {
        return switch (value) {
            case JsonString text when text.value().equals(DEBUG_SHORTHAND) -> new JsonString("{debug}");
            case JsonObject object -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                object.members().forEach((name, member) -> members.put(name, expandDebugShorthand(member)));
                yield new JsonObject(members);
            }
            case JsonArray array ->
                new JsonArray(array.elements().stream()
                        .map(ResponseCompiler::expandDebugShorthand)
                        .toList());
            default -> value;
        };
    }
}
