package io.cadbridge.domain.condition;

import java.util.function.Function;

/** A member of a value's type: a method, or a plain attribute such as {@code datetime.hour}. */
sealed interface Member {

    record Method(Signature signature, NativeBody body) implements Member {}

    record Property(Function<Object, Object> getter) implements Member {}
}
