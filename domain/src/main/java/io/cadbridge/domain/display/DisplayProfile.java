package io.cadbridge.domain.display;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which attached data the agent sees, in which order, how labelled and shown: Genesys Engage's case
 * data formatting, per channel or per queue. No fields means every key, as text, in the order saved.
 */
public record DisplayProfile(List<DisplayField> fields) {

    public static final DisplayProfile EVERYTHING = new DisplayProfile(List.of());

    public DisplayProfile {
        fields = List.copyOf(requireNonNull(fields, "fields is null"));
        Set<String> keys = new HashSet<>();
        for (DisplayField field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException("the key " + field.key() + " is listed twice");
            }
        }
    }

    public boolean showsEverything() {
        return fields.isEmpty();
    }

    Optional<DisplayField> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }
}
