package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code dict} methods. {@code keys()}, {@code values()} and {@code items()} return lists (Python returns
 * views); {@code in}, iteration, {@code len} and indexing behave the same.
 */
final class DictMethods {

    static final Map<String, Member> MEMBERS = new MemberTable("dict")
            .method(
                    "get",
                    1,
                    (self, arguments, evaluation) -> get(self, arguments.get(0), arguments.get(1, PyNone.NONE)),
                    "key",
                    "default")
            .method("keys", 0, (self, arguments, evaluation) -> new PyList(((PyDict) self).keys()))
            .method("values", 0, (self, arguments, evaluation) -> new PyList(((PyDict) self).values()))
            .method("items", 0, (self, arguments, evaluation) -> items((PyDict) self))
            .build();

    private DictMethods() {}

    private static Object get(Object self, Object key, Object fallback) {
        Object value = ((PyDict) self).get(key);
        return value == null ? fallback : value;
    }

    private static PyList items(PyDict dict) {
        List<Object> items = new ArrayList<>(dict.size());
        dict.entries().forEach(entry -> items.add(PyTuple.of(entry.getKey(), entry.getValue())));
        return new PyList(items);
    }
}
