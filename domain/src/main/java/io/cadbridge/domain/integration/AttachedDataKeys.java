package io.cadbridge.domain.integration;

import static io.cadbridge.domain.validation.JsonPointer.child;

import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;

/** Attached-data keys must be valid XML element names: no spaces, no digit or punctuation first. */
final class AttachedDataKeys {

    private static final Pattern XML_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_.\\-]*");
    private static final int MAX_KEY_LENGTH = 128;

    private AttachedDataKeys() {}

    static void check(JsonObject group, String at, List<ValidationProblem> problems) {
        group.members().forEach((key, value) -> {
            String keyPointer = child(at, key);
            if (!XML_NAME.matcher(key).matches() || key.regionMatches(true, 0, "xml", 0, 3)) {
                problems.add(
                        new ValidationProblem(
                                keyPointer,
                                "\"" + key + "\" is not a valid attached-data key: use a valid XML element name"
                                        + " (letters, digits, '_', '-', '.'; no spaces; not starting with a digit, punctuation or \"xml\")"));
            } else if (key.length() > MAX_KEY_LENGTH) {
                problems.add(new ValidationProblem(
                        keyPointer, "an attached-data key has at most " + MAX_KEY_LENGTH + " characters"));
            }
            if (value instanceof JsonObject nested) {
                check(nested, keyPointer, problems);
            }
        });
    }
}
