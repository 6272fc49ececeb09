package io.cadbridge.domain.condition;

import java.util.List;
import java.util.Map;

/** The arguments of one call, bound to the callee's parameters; an absent parameter's slot is null. */
record Arguments(List<Object> positional, Map<String, Object> keywords, Object[] slots) {

    Object get(int index) {
        return slots[index];
    }

    Object get(int index, Object fallback) {
        return index < slots.length && slots[index] != null ? slots[index] : fallback;
    }

    boolean has(int index) {
        return index < slots.length && slots[index] != null;
    }

    Object option(String name, Object fallback) {
        return keywords.getOrDefault(name, fallback);
    }
}
