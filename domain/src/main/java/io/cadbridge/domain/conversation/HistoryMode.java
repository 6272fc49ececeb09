package io.cadbridge.domain.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which values of a key included in statistics are kept for history and reports, as Genesys Engage
 * offers: the {@code first} value saved for the conversation, the {@code last} one (the default), or
 * {@code all} of them with their times.
 */
public enum HistoryMode {
    FIRST,
    LAST,
    ALL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<HistoryMode> parse(String text) {
        return Arrays.stream(values())
                .filter(mode -> mode.wireName().equals(text))
                .findFirst();
    }
}
