package io.cadbridge.domain.display;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One value as the agent sees it. {@code text} is what is shown (masked values arrive masked);
 * {@code href} is set for a link, {@code at} for a date and time (the page shows it in the agent's
 * time zone); {@code copyable} is false for masked values; {@code unreadable} marks a value that is
 * not of the field's type, shown as written rather than dropped.
 */
public record DisplayRow(
        String key,
        String label,
        DisplayType type,
        String text,
        Optional<String> href,
        Optional<Instant> at,
        boolean copyable,
        boolean unreadable) {

    public DisplayRow {
        requireNonNull(key, "key is null");
        requireNonNull(label, "label is null");
        requireNonNull(type, "type is null");
        requireNonNull(text, "text is null");
        requireNonNull(href, "href is null");
        requireNonNull(at, "at is null");
    }
}
