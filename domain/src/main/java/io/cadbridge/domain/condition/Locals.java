package io.cadbridge.domain.condition;

/** Names bound by comprehensions, innermost first. */
record Locals(String name, Object value, Locals parent) {

    static final Locals NONE = new Locals("", PyNone.NONE, null);

    Locals bind(String newName, Object newValue) {
        return new Locals(newName, newValue, this);
    }

    /** The value bound to {@code identifier}, or Java {@code null}. */
    Object lookup(String identifier) {
        for (Locals scope = this; scope != NONE && scope != null; scope = scope.parent) {
            if (scope.name.equals(identifier)) {
                return scope.value;
            }
        }
        return null;
    }
}
