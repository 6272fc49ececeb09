package io.cadbridge.domain.condition;

import java.util.Map;
import java.util.function.Predicate;

/** A type such as {@code int} or {@code datetime.datetime}: callable, usable with {@code isinstance}. */
record PyType(
        String name,
        Signature signature,
        NativeBody constructor,
        Map<String, Object> attributes,
        Predicate<Object> isInstance) {

    PyType {
        attributes = Map.copyOf(attributes);
    }
}
