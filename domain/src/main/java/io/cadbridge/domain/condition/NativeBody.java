package io.cadbridge.domain.condition;

/** The Java implementation of a built-in function or method; {@code self} is null for functions. */
@FunctionalInterface
interface NativeBody {
    Object apply(Object self, Arguments arguments, Evaluation evaluation);
}
