package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python dict in insertion order. Keys are looked up by their Python equality ({@code 1 == 1.0 == True})
 * through {@link HashKeys}; the first key object given is kept, as in Python.
 */
final class PyDict {
    static final PyDict EMPTY = new PyDict(new LinkedHashMap<>());

    private final Map<Object, Map.Entry<Object, Object>> entries;

    private PyDict(LinkedHashMap<Object, Map.Entry<Object, Object>> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    static PyDict of(List<?> keys, List<?> values) {
        LinkedHashMap<Object, Map.Entry<Object, Object>> entries = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Object key = keys.get(i);
            Object value = values.get(i);
            entries.merge(
                    HashKeys.of(key), Map.entry(key, value), (old, replacement) -> Map.entry(old.getKey(), value));
        }
        return new PyDict(entries);
    }

    int size() {
        return entries.size();
    }

    /** The value, or Java {@code null} when the key is absent. */
    Object get(Object key) {
        Map.Entry<Object, Object> entry = entries.get(HashKeys.of(key));
        return entry == null ? null : entry.getValue();
    }

    boolean containsKey(Object key) {
        return entries.containsKey(HashKeys.of(key));
    }

    List<Object> keys() {
        List<Object> keys = new ArrayList<>(entries.size());
        entries.values().forEach(entry -> keys.add(entry.getKey()));
        return keys;
    }

    List<Object> values() {
        List<Object> values = new ArrayList<>(entries.size());
        entries.values().forEach(entry -> values.add(entry.getValue()));
        return values;
    }

    List<Map.Entry<Object, Object>> entries() {
        return List.copyOf(entries.values());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PyDict dict && Comparison.equal(this, dict);
    }

    @Override
    public int hashCode() {
        return entries.keySet().hashCode();
    }
}
