package io.cadbridge.domain.run;

import static java.util.Objects.requireNonNull;

/**
 * How a run's reason is kept. A reason is free text that may quote a CRM's error
 * answer, so it is capped: a longer one keeps its beginning and ends with "…". PostgreSQL text
 * cannot hold U+0000, so a NUL character is kept as U+FFFD. {@link Run} applies it to every
 * reason, so every run log stores the same text.
 */
final class RunReasons {

    /** In UTF-16 code units ({@link String#length()}), so also at most this many code points. */
    public static final int MAX_LENGTH = 2_000;

    static final String TRUNCATION_MARK = "…";

    private RunReasons() {}

    static String stored(String reason) {
        requireNonNull(reason, "reason is null");
        String text = reason.replace('\u0000', '\uFFFD');
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - TRUNCATION_MARK.length();
        // Never keep half of a surrogate pair: the stored text must stay valid UTF-16.
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + TRUNCATION_MARK;
    }
}
