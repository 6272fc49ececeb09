package io.cadbridge.domain.condition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Python set (insertion-ordered here; Python's order is arbitrary). */
final class PySet {
    private final Map<Object, Object> elements;

    private PySet(LinkedHashMap<Object, Object> elements) {
        this.elements = Collections.unmodifiableMap(elements);
    }

    static PySet of(List<?> elements) {
        LinkedHashMap<Object, Object> map = new LinkedHashMap<>();
        elements.forEach(element -> map.putIfAbsent(HashKeys.of(element), element));
        return new PySet(map);
    }

    int size() {
        return elements.size();
    }

    boolean contains(Object element) {
        return elements.containsKey(HashKeys.of(element));
    }

    List<Object> elements() {
        return List.copyOf(elements.values());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PySet set && set.elements.keySet().equals(elements.keySet());
    }

    @Override
    public int hashCode() {
        return elements.keySet().hashCode();
    }
}
