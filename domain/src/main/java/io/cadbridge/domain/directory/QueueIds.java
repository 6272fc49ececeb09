package io.cadbridge.domain.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Contact Pro queue ids are UUIDs, written in either case, with or without hyphens
 * ({@code C9177D585DA5EE11B3ED58961D1810CC}); they compare in one canonical form: 32 upper-case hex digits.
 */
public final class QueueIds {

    private static final Pattern CANONICAL = Pattern.compile("[0-9A-F]{32}");

    private QueueIds() {}

    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.trim().replace("-", "").toUpperCase(Locale.ROOT);
        return CANONICAL.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
