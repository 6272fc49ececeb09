package io.cadbridge.domain.display;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the agent's view shows a value. */
public enum DisplayType {
    /** As written; an object or a list as compact JSON. */
    TEXT,
    /** A number, with the agent's language's separators. */
    NUMBER,
    /** An ISO-8601 date and time, shown in the agent's time zone. */
    DATETIME,
    /** Yes or no. */
    BOOLEAN,
    /** A link made from the field's URL template, {@code {value}} replaced by the value (URL-encoded). */
    LINK,
    /** Only the last four characters; the rest never reaches the browser. */
    MASKED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DisplayType> parse(String text) {
        return Arrays.stream(values())
                .filter(type -> type.wireName().equals(text))
                .findFirst();
    }
}
