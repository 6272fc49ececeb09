package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A hashable Python value as a Java key with Python equality: {@code 1}, {@code 1.0}, {@code True} are one key. */
final class HashKeys {

    private record TupleKey(List<Object> elements) {}

    private HashKeys() {}

    static Object of(Object value) {
        return switch (value) {
            case Boolean bool -> bool ? BigInteger.ONE : BigInteger.ZERO;
            case Double number when isIntegral(number) -> new java.math.BigDecimal(number).toBigIntegerExact();
            case PyTuple tuple -> tupleKey(tuple);
            case PyList ignored -> throw unhashable(value);
            case PyDict ignored -> throw unhashable(value);
            case PySet ignored -> throw unhashable(value);
            default -> value;
        };
    }

    private static boolean isIntegral(double number) {
        return !Double.isInfinite(number) && number == Math.rint(number);
    }

    private static TupleKey tupleKey(PyTuple tuple) {
        List<Object> keys = new ArrayList<>(tuple.elements().size());
        tuple.elements().forEach(element -> keys.add(of(element)));
        return new TupleKey(keys);
    }

    private static PythonError unhashable(Object value) {
        return PythonError.typeError("unhashable type: '" + Types.name(value) + "'");
    }
}
