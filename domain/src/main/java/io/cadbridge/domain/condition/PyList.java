package io.cadbridge.domain.condition;

import java.util.List;

/** A Python list. Conditions cannot mutate values, so it is immutable. */
record PyList(List<Object> elements) {
    static final PyList EMPTY = new PyList(List.of());

    PyList {
        elements = List.copyOf(elements);
    }
}
