package io.cadbridge.domain.condition;

/** A built-in function such as {@code len} or {@code random.randrange}. */
record BuiltinFunction(Signature signature, NativeBody body) {}
