package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The {@code list} and {@code tuple} methods: {@code count} and {@code index}. */
final class SequenceMethods {

    static final Map<String, Member> LIST = table("list");
    static final Map<String, Member> TUPLE = table("tuple");

    private SequenceMethods() {}

    private static Map<String, Member> table(String type) {
        return new MemberTable(type)
                .method("count", 1, (self, arguments, evaluation) -> count(elements(self), arguments.get(0)), "value")
                .method(
                        "index",
                        1,
                        (self, arguments, evaluation) -> index(self, arguments, evaluation),
                        "value",
                        "start",
                        "stop")
                .build();
    }

    private static List<Object> elements(Object self) {
        return self instanceof PyList list ? list.elements() : ((PyTuple) self).elements();
    }

    private static BigInteger count(List<Object> elements, Object value) {
        return BigInteger.valueOf(elements.stream()
                .filter(element -> Comparison.equal(element, value))
                .count());
    }

    private static BigInteger index(Object self, Arguments arguments, Evaluation evaluation) {
        List<Object> elements = elements(self);
        long[] bounds = SliceBounds.of(
                elements.size(), arguments.get(1, PyNone.NONE), arguments.get(2, PyNone.NONE), PyNone.NONE);
        for (long i = bounds[0]; i < bounds[1]; i++) {
            evaluation.tick();
            if (Comparison.equal(elements.get((int) i), arguments.get(0))) {
                return BigInteger.valueOf(i);
            }
        }
        throw PythonError.valueError(
                self instanceof PyList
                        ? Repr.repr(arguments.get(0), evaluation) + " is not in list"
                        : "tuple.index(x): x not in tuple");
    }
}
