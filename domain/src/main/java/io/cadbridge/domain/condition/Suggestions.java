package io.cadbridge.domain.condition;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" in Python's manner: the threshold grows with the name's length (Python 3.12
 * suggests more generously than the configuration's field checks), the distance is the shared one.
 */
final class Suggestions {

    private Suggestions() {}

    static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = candidate.equalsIgnoreCase(name)
                    ? 0
                    : distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT)) + 1;
            if (distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, (name.length() + 2) / 3) + 1;
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** {@code "; did you mean 'x'?"} or nothing. */
    static String hint(String name, Collection<String> candidates) {
        return closest(name, candidates)
                .map(best -> "; did you mean '" + best + "'?")
                .orElse("");
    }

    private static int distance(String a, String b) {
        return io.cadbridge.domain.validation.Suggestions.distance(a, b);
    }
}
