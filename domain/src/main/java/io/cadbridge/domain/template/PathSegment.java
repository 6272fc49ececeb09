package io.cadbridge.domain.template;

import static java.util.Objects.requireNonNull;

/** One step of a placeholder path: a member name or an array index. */
public sealed interface PathSegment {

    record Member(String name) implements PathSegment {
        public Member {
            requireNonNull(name, "name is null");
        }
    }

    /** Negative indexes count from the end, as in Python: {@code [-1]} is the last element. */
    record Index(int index) implements PathSegment {}
}
