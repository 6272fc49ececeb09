package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.domain.validation.JsonPointer;
import io.cadbridge.domain.validation.Suggestions;
import io.cadbridge.domain.validation.ValidationProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The members of one JSON object, read with type checks. Problems are collected with their JSON
 * pointers instead of stopping at the first, so a client learns everything wrong at once. Absent
 * and {@code null} both mean "not given", except where a reader asks {@link #isNull} itself.
 */
final class JsonFields {

    private final ObjectNode object;
    private final String pointer;
    private final List<ValidationProblem> problems;

    private JsonFields(ObjectNode object, String pointer, List<ValidationProblem> problems) {
        this.object = object;
        this.pointer = pointer;
        this.problems = problems;
    }

    static Optional<JsonFields> of(JsonNode node, String pointer, List<ValidationProblem> problems) {
        requireNonNull(problems, "problems is null");
        if (node instanceof ObjectNode object) {
            return Optional.of(new JsonFields(object, pointer, problems));
        }
        problems.add(new ValidationProblem(pointer, "must be a JSON object"));
        return Optional.empty();
    }

    String pointer() {
        return pointer;
    }

    /** Reads a nested object found elsewhere (e.g. an array item) into the same problem list. */
    Optional<JsonFields> nested(JsonNode node, String at) {
        return of(node, at, problems);
    }

    /** True when none of the members is given (absent or null). */
    boolean lacksAll(List<String> names) {
        return names.stream().allMatch(name -> optional(name).isEmpty());
    }

    String pointerTo(String name) {
        return JsonPointer.child(pointer, name);
    }

    boolean isAbsent(String name) {
        return !object.has(name);
    }

    boolean isNull(String name) {
        return object.has(name) && object.get(name).isNull();
    }

    Optional<JsonNode> optional(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    Optional<JsonNode> required(String name) {
        Optional<JsonNode> node = optional(name);
        if (node.isEmpty()) {
            problem(pointerTo(name), "is required");
        }
        return node;
    }

    Optional<String> requiredText(String name) {
        return required(name).flatMap(node -> text(node, pointerTo(name)));
    }

    Optional<String> optionalText(String name) {
        return optional(name).flatMap(node -> text(node, pointerTo(name)));
    }

    Optional<Boolean> optionalBoolean(String name) {
        return optionalScalar(name, JsonNode::isBoolean, JsonNode::booleanValue, "must be true or false");
    }

    Optional<Integer> optionalInteger(String name) {
        return optionalScalar(
                name,
                node -> node.isIntegralNumber() && node.canConvertToInt(),
                JsonNode::intValue,
                "must be a whole number");
    }

    Optional<Long> optionalLong(String name) {
        return optionalScalar(
                name,
                node -> node.isIntegralNumber() && node.canConvertToLong(),
                JsonNode::longValue,
                "must be a whole number");
    }

    Optional<BigDecimal> optionalNumber(String name) {
        return optionalScalar(name, JsonNode::isNumber, JsonNode::decimalValue, "must be a number");
    }

    Optional<JsonFields> requiredObject(String name) {
        return required(name).flatMap(node -> of(node, pointerTo(name), problems));
    }

    Optional<JsonFields> optionalObject(String name) {
        return optional(name).flatMap(node -> of(node, pointerTo(name), problems));
    }

    Optional<List<JsonNode>> optionalArray(String name) {
        return optional(name).flatMap(node -> array(node, pointerTo(name)));
    }

    Optional<List<JsonNode>> requiredArray(String name) {
        return required(name).flatMap(node -> array(node, pointerTo(name)));
    }

    /** An array of strings; each wrong item is reported at its own index. */
    Optional<List<String>> optionalTextArray(String name) {
        return optionalArray(name).map(items -> texts(items, pointerTo(name)));
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Strict readers refuse members they do not know, suggesting the name that was probably meant. */
    void rejectUnknown(Set<String> known) {
        names().stream()
                .filter(name -> !known.contains(name))
                .forEach(name -> problem(
                        pointerTo(name),
                        "unknown field \"" + name + "\"" + Suggestions.didYouMean(name, known) + "; known fields here: "
                                + String.join(", ", new TreeSet<>(known))));
    }

    void problem(String at, String message) {
        problems.add(new ValidationProblem(at, message));
    }

    Optional<String> text(JsonNode node, String at) {
        if (node.isTextual()) {
            return Optional.of(node.textValue());
        }
        problem(at, "must be a string");
        return Optional.empty();
    }

    private <T> Optional<T> optionalScalar(
            String name, Predicate<JsonNode> fits, Function<JsonNode, T> value, String expected) {
        return optional(name).flatMap(node -> {
            if (fits.test(node)) {
                return Optional.of(value.apply(node));
            }
            problem(pointerTo(name), expected);
            return Optional.empty();
        });
    }

    private List<String> texts(List<JsonNode> items, String at) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            text(items.get(i), JsonPointer.child(at, i)).ifPresent(texts::add);
        }
        return texts;
    }

    private Optional<List<JsonNode>> array(JsonNode node, String at) {
        if (!node.isArray()) {
            problem(at, "must be an array");
            return Optional.empty();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return Optional.of(items);
    }
}
