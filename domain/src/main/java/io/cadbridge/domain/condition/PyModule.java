package io.cadbridge.domain.condition;

import java.util.Map;

/** One of the modules a condition may use: {@code datetime}, {@code json}, {@code random}, {@code re}, {@code time}. */
record PyModule(String name, Map<String, Object> members) {
    PyModule {
        members = Map.copyOf(members);
    }
}
