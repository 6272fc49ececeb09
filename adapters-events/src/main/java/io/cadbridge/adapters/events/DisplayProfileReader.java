package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.display.DisplayField;
import io.cadbridge.domain.display.DisplayProfile;
import io.cadbridge.domain.display.DisplayType;
import io.cadbridge.domain.validation.Suggestions;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a display profile, {@code {"fields": [{"key", "type"?, "labels"?, "linkTemplate"?}]}}, and
 * reports every mistake at once at its JSON pointer.
 */
final class DisplayProfileReader {

    private static final String FIELDS = "fields";
    private static final String KEY = "key";
    private static final String TYPE = "type";
    private static final String LABELS = "labels";
    private static final String LINK_TEMPLATE = "linkTemplate";
    private static final int MAX_FIELDS = 200;
    /** A BCP 47 language tag as people write them: {@code en}, {@code fi}, {@code pt-BR}, {@code zh-Hant-TW}. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    DisplayProfile read(JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields profile = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        profile.rejectUnknown(Set.of(FIELDS));
        List<JsonNode> items = profile.requiredArray(FIELDS).orElse(List.of());
        if (items.size() > MAX_FIELDS) {
            profile.problem(profile.pointerTo(FIELDS), "may list at most " + MAX_FIELDS + " keys, not " + items.size());
        }
        List<DisplayField> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            profile.nested(items.get(i), profile.pointerTo(FIELDS) + "/" + i)
                    .flatMap(item -> field(item, keys))
                    .ifPresent(fields::add);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new DisplayProfile(fields);
    }

    private static Optional<DisplayField> field(JsonFields item, Set<String> keys) {
        item.rejectUnknown(Set.of(KEY, TYPE, LABELS, LINK_TEMPLATE));
        Optional<String> key = item.requiredText(KEY).filter(text -> {
            if (text.isBlank()
                    || text.startsWith(".")
                    || text.endsWith(".")
                    || text.chars().filter(c -> c == '.').count() > 1) {
                item.problem(
                        item.pointerTo(KEY),
                        "must name an attached-data key (\"customer\") or a member of one (\"customer_data.firstname\")");
                return false;
            }
            if (!keys.add(text)) {
                item.problem(item.pointerTo(KEY), "\"" + text + "\" is listed twice");
                return false;
            }
            return true;
        });
        DisplayType type = item.optionalText(TYPE)
                .flatMap(text -> DisplayType.parse(text).or(() -> {
                    item.problem(
                            item.pointerTo(TYPE),
                            "must be one of "
                                    + Arrays.stream(DisplayType.values())
                                            .map(DisplayType::wireName)
                                            .collect(Collectors.joining(", "))
                                    + ", not \"" + text + "\""
                                    + Suggestions.didYouMean(
                                            text,
                                            Arrays.stream(DisplayType.values())
                                                    .map(DisplayType::wireName)
                                                    .collect(Collectors.toSet())));
                    return Optional.empty();
                }))
                .orElse(DisplayType.TEXT);
        Map<String, String> labels = new LinkedHashMap<>();
        item.optionalObject(LABELS)
                .ifPresent(object -> object.names().forEach(tag -> {
                    String at = object.pointerTo(tag);
                    if (!LANGUAGE_TAG.matcher(tag).matches()) {
                        object.problem(at, "must be named by a language tag (en, fi, pt-BR), not \"" + tag + "\"");
                    }
                    object.requiredText(tag).ifPresent(label -> {
                        if (label.isBlank() || label.length() > 200) {
                            object.problem(at, "must be 1 to 200 characters");
                        } else {
                            labels.put(Locale.forLanguageTag(tag).toLanguageTag(), label);
                        }
                    });
                }));
        Optional<String> template = item.optionalText(LINK_TEMPLATE);
        if (type == DisplayType.LINK && template.isEmpty()) {
            item.problem(
                    item.pointerTo(LINK_TEMPLATE),
                    "is required for a link: the address with {value} where the value goes");
        }
        if (type != DisplayType.LINK && template.isPresent()) {
            item.problem(item.pointerTo(LINK_TEMPLATE), "belongs to a link (\"type\": \"link\") only");
        }
        template.filter(text -> type == DisplayType.LINK)
                .filter(text -> !(text.startsWith("https://") || text.startsWith("http://"))
                        || !text.contains(DisplayField.VALUE)
                        || text.indexOf(DisplayField.VALUE) < text.indexOf("//") + 3)
                .ifPresent(text -> item.problem(
                        item.pointerTo(LINK_TEMPLATE),
                        "must be an http(s) address with {value} after its host, like https://crm.example/c/{value}"));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new DisplayField(key.get(), labels, type, type == DisplayType.LINK ? template : Optional.empty()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
