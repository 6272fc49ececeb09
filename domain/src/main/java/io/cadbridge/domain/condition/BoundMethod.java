package io.cadbridge.domain.condition;

/** A method looked up on a value, e.g. {@code 'EN'.lower}. */
record BoundMethod(Object self, Member.Method method) {}
