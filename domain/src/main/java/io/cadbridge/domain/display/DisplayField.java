package io.cadbridge.domain.display;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One attached-data key as the agent sees it: {@code key} names a top-level key ({@code customer})
 * or a member of one ({@code customer_data.firstname}); labels per language (BCP 47: {@code en},
 * {@code fi}, {@code pt-BR}), falling back to the key itself.
 */
public record DisplayField(String key, Map<String, String> labels, DisplayType type, Optional<String> linkTemplate) {

    /** Where a link template puts the value. */
    public static final String VALUE = "{value}";

    public DisplayField {
        requireNonNull(key, "key is null");
        labels = Map.copyOf(requireNonNull(labels, "labels is null"));
        requireNonNull(type, "type is null");
        requireNonNull(linkTemplate, "linkTemplate is null");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a display field names a key");
        }
        if ((type == DisplayType.LINK) != linkTemplate.isPresent()) {
            throw new IllegalArgumentException("a link, and only a link, has a URL template: " + key);
        }
    }

    public static DisplayField text(String key) {
        return new DisplayField(key, Map.of(), DisplayType.TEXT, Optional.empty());
    }

    /** The label for {@code locale}: its exact tag, else its language, else the key. */
    public String label(Locale locale) {
        return Optional.ofNullable(labels.get(locale.toLanguageTag()))
                .or(() -> Optional.ofNullable(labels.get(locale.getLanguage())))
                .orElse(key.contains(".") ? key.substring(key.indexOf('.') + 1) : key);
    }

    /** The top-level key this field belongs to. */
    String topKey() {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** The member of the top-level key, for a dotted key. */
    Optional<String> member() {
        int dot = key.indexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(key.substring(dot + 1));
    }
}
