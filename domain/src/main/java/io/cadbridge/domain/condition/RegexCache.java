package io.cadbridge.domain.condition;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Compiled regular expressions of one condition; conditions use a handful of literal patterns. */
final class RegexCache {

    private static final int CAPACITY = 32;

    private record Key(String pattern, int flags) {}

    private final Map<Key, Pattern> patterns = new ConcurrentHashMap<>();

    Pattern get(String pattern, int flags, java.util.function.Supplier<Pattern> compile) {
        Key key = new Key(pattern, flags);
        Pattern cached = patterns.get(key);
        if (cached != null) {
            return cached;
        }
        Pattern compiled = compile.get();
        if (patterns.size() >= CAPACITY) {
            patterns.clear();
        }
        patterns.put(key, compiled);
        return compiled;
    }
}
