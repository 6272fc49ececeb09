package io.cadbridge.domain.condition;

import java.util.List;

/** A Python tuple. */
record PyTuple(List<Object> elements) {
    static final PyTuple EMPTY = new PyTuple(List.of());

    PyTuple {
        elements = List.copyOf(elements);
    }

    static PyTuple of(Object... elements) {
        return new PyTuple(List.of(elements));
    }
}
