package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.domain.validation.Suggestions;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Collects what is wrong with a configuration, each problem at its JSON pointer. */
final class Problems {

    private final List<ValidationProblem> problems = new ArrayList<>();

    void add(String pointer, String message) {
        problems.add(new ValidationProblem(pointer, message));
    }

    List<ValidationProblem> list() {
        return problems;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /** Unknown members are problems, with the closest known name as a suggestion. */
    void checkFields(JsonObject object, String at, Set<String> known) {
        for (String name : object.members().keySet()) {
            if (!known.contains(name)) {
                add(
                        child(at, name),
                        "unknown field" + Suggestions.didYouMean(name, known) + "; known fields here are "
                                + new TreeSet<>(known));
            }
        }
    }

    Optional<JsonObject> object(JsonValue value, String at, String expected) {
        if (value instanceof JsonObject object) {
            return Optional.of(object);
        }
        add(at, "must be " + expected);
        return Optional.empty();
    }

    Optional<String> text(JsonValue value, String at) {
        if (value instanceof JsonString text) {
            return Optional.of(text.value());
        }
        add(at, "must be a text value");
        return Optional.empty();
    }

    boolean flag(Optional<JsonValue> value, String at, boolean defaultValue) {
        if (value.isEmpty()) {
            return defaultValue;
        }
        if (value.get() instanceof JsonBoolean bool) {
            return bool.value();
        }
        add(at, "must be true or false");
        return defaultValue;
    }

    /** A number, or a text holding one (Contact Pro accepts both for timeouts). */
    Optional<BigDecimal> number(JsonValue value) {
        if (value instanceof JsonNumber number) {
            return Optional.of(number.value());
        }
        if (value instanceof JsonString text) {
            try {
                return Optional.of(new BigDecimal(text.value().trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
