package io.cadbridge.domain.condition;

import java.util.concurrent.atomic.AtomicBoolean;

/** The {@code in} operator. */
final class Membership {

    private Membership() {}

    static boolean contains(Object container, Object item, Evaluation evaluation) {
        return switch (container) {
            case String text -> {
                if (!(item instanceof String part)) {
                    throw PythonError.typeError(
                            "'in <string>' requires string as left operand, not " + Types.name(item));
                }
                yield text.contains(part);
            }
            case PyDict dict -> dict.containsKey(item);
            case PySet set -> set.contains(item);
            case PyRange range -> Types.isInteger(item) ? inRange(range, item) : anyEqual(container, item, evaluation);
            case PyList ignored -> anyEqual(container, item, evaluation);
            case PyTuple ignored -> anyEqual(container, item, evaluation);
            case PyGenerator ignored -> anyEqual(container, item, evaluation);
            default -> throw PythonError.typeError("argument of type '" + Types.name(container) + "' is not iterable");
        };
    }

    private static boolean inRange(PyRange range, Object item) {
        java.math.BigInteger value = Types.integer(item);
        return value.bitLength() <= 62 && range.contains(value.longValue());
    }

    private static boolean anyEqual(Object container, Object item, Evaluation evaluation) {
        AtomicBoolean found = new AtomicBoolean();
        Iteration.forEach(container, evaluation, element -> {
            if (element == item || Comparison.equal(element, item)) {
                found.set(true);
                return false;
            }
            return true;
        });
        return found.get();
    }
}
