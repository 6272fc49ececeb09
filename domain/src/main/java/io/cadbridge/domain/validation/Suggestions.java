package io.cadbridge.domain.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt names: the closest known name within a small edit distance. */
public final class Suggestions {

    public static final int MAX_DISTANCE = 2;

    private Suggestions() {}

    public static Optional<String> closest(String given, Collection<String> known) {
        String wanted = given.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> distance(wanted, candidate.toLowerCase(Locale.ROOT)) <= MAX_DISTANCE)
                .min(Comparator.comparingInt((String candidate) -> distance(wanted, candidate.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A sentence fragment such as {@code  (did you mean "channelType"?)}, or nothing. */
    public static String didYouMean(String given, Collection<String> known) {
        return closest(given, known)
                .map(name -> " (did you mean \"" + name + "\"?)")
                .orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions each count one. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
