package io.cadbridge.domain.template;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.validation.JsonPointer;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document whose strings are templates, compiled once (request bodies, {@code response.save}).
 * Rendering builds JSON values, never JSON text, so placeholder values cannot break the document.
 */
public sealed interface TemplateValue {

    JsonValue render(PlaceholderScope scope);

    /** Every template inside, for checking which placeholders a document uses. */
    List<Template> templates();

    record Text(Template template) implements TemplateValue {
        public Text {
            requireNonNull(template, "template is null");
        }

        @Override
        public JsonValue render(PlaceholderScope scope) {
            return template.render(scope);
        }

        @Override
        public List<Template> templates() {
            return List.of(template);
        }
    }

    record ObjectValue(Map<String, TemplateValue> members) implements TemplateValue {
        public ObjectValue {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(members, "members is null")));
        }

        @Override
        public JsonObject render(PlaceholderScope scope) {
            LinkedHashMap<String, JsonValue> rendered = new LinkedHashMap<>();
            members.forEach((name, value) -> rendered.put(name, value.render(scope)));
            return new JsonObject(rendered);
        }

        @Override
        public List<Template> templates() {
            return members.values().stream()
                    .flatMap(value -> value.templates().stream())
                    .toList();
        }
    }

    record ArrayValue(List<TemplateValue> elements) implements TemplateValue {
        public ArrayValue {
            elements = List.copyOf(requireNonNull(elements, "elements is null"));
        }

        @Override
        public JsonValue render(PlaceholderScope scope) {
            return new JsonArray(
                    elements.stream().map(element -> element.render(scope)).toList());
        }

        @Override
        public List<Template> templates() {
            return elements.stream()
                    .flatMap(value -> value.templates().stream())
                    .toList();
        }
    }

    /** Numbers, booleans and null are taken as they are. */
    record Constant(JsonValue value) implements TemplateValue {
        public Constant {
            requireNonNull(value, "value is null");
        }

        @Override
        public JsonValue render(PlaceholderScope scope) {
            return value;
        }

        @Override
        public List<Template> templates() {
            return List.of();
        }
    }

    /** Compiles a JSON document; syntax errors are added to {@code problems} with their pointer. */
    static TemplateValue compile(
            JsonValue source, String pointer, PlaceholderPolicy policy, List<ValidationProblem> problems) {
        return switch (source) {
            case JsonString string -> compileText(string.value(), pointer, policy, problems);
            case JsonObject object -> {
                LinkedHashMap<String, TemplateValue> members = new LinkedHashMap<>();
                object.members()
                        .forEach((name, value) ->
                                members.put(name, compile(value, JsonPointer.child(pointer, name), policy, problems)));
                yield new ObjectValue(members);
            }
            case JsonArray array -> {
                List<TemplateValue> elements = new ArrayList<>();
                for (int i = 0; i < array.elements().size(); i++) {
                    elements.add(compile(array.elements().get(i), JsonPointer.child(pointer, i), policy, problems));
                }
                yield new ArrayValue(elements);
            }
            case JsonNumber number -> new Constant(number);
            case JsonBoolean bool -> new Constant(bool);
            case JsonNull nothing -> new Constant(nothing);
        };
    }

    static TemplateValue compileText(
            String text, String pointer, PlaceholderPolicy policy, List<ValidationProblem> problems) {
        try {
            Template template = Template.parse(text);
            for (PlaceholderPath path : template.placeholders()) {
                policy.check(path)
                        .ifPresent(reason -> problems.add(
                                new ValidationProblem(pointer, "placeholder {" + path.text() + "}: " + reason)));
            }
            return new Text(template);
        } catch (TemplateSyntaxException e) {
            problems.add(new ValidationProblem(pointer, e.getMessage()));
            return new Constant(new JsonString(text));
        }
    }
}
