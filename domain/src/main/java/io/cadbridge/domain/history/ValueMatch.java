package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

/** How a history search matches a kept value's text: exactly, or by its beginning. */
public sealed interface ValueMatch {

    record Exact(String value) implements ValueMatch {
        public Exact {
            requireNonNull(value, "value is null");
        }
    }

    record Prefix(String prefix) implements ValueMatch {
        public Prefix {
            requireNonNull(prefix, "prefix is null");
            if (prefix.isEmpty()) {
                throw new IllegalArgumentException("a prefix has at least one character");
            }
        }
    }
}
