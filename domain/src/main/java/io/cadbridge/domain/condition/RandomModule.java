package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** The {@code random} module over the injected {@link RandomSource}. */
final class RandomModule {

    static final PyModule MODULE = module();

    private RandomModule() {}

    private static PyModule module() {
        Map<String, Object> members = new java.util.HashMap<>();
        Builtins.function(
                members,
                Signature.of("random.randrange", 1, "start", "stop", "step"),
                (self, arguments, evaluation) -> randrange(arguments, evaluation));
        Builtins.function(
                members,
                Signature.exactly("random.randint", "a", "b"),
                (self, arguments, evaluation) -> between(
                        Types.integer(arguments.get(0)),
                        Types.integer(arguments.get(1)).add(BigInteger.ONE),
                        BigInteger.ONE,
                        evaluation));
        Builtins.function(
                members,
                Signature.of("random.random", 0),
                (self, arguments, evaluation) -> evaluation.random().nextDouble());
        Builtins.function(members, Signature.exactly("random.uniform", "a", "b"), (self, arguments, evaluation) -> {
            double a = Types.toDouble(arguments.get(0));
            double b = Types.toDouble(arguments.get(1));
            return a + (b - a) * evaluation.random().nextDouble();
        });
        Builtins.function(
                members,
                Signature.exactly("random.choice", "seq"),
                (self, arguments, evaluation) -> choice(arguments.get(0), evaluation));
        return new PyModule("random", members);
    }

    private static Object randrange(Arguments arguments, Evaluation evaluation) {
        BigInteger first = Types.integer(arguments.get(0));
        if (!arguments.has(1)) {
            return between(BigInteger.ZERO, first, BigInteger.ONE, evaluation);
        }
        BigInteger step = arguments.has(2) ? Types.integer(arguments.get(2)) : BigInteger.ONE;
        if (step.signum() == 0) {
            throw PythonError.valueError("zero step for randrange()");
        }
        return between(first, Types.integer(arguments.get(1)), step, evaluation);
    }

    /** A random element of {@code range(start, stop, step)}. */
    private static BigInteger between(BigInteger start, BigInteger stop, BigInteger step, Evaluation evaluation) {
        BigInteger width = stop.subtract(start);
        BigInteger count = step.signum() > 0
                ? width.add(step).subtract(BigInteger.ONE).divide(step)
                : width.add(step).add(BigInteger.ONE).divide(step);
        if (count.signum() <= 0) {
            String range = step.equals(BigInteger.ONE) ? start + ", " + stop : start + ", " + stop + ", " + step;
            throw PythonError.valueError("empty range in randrange(" + range + ")");
        }
        if (count.bitLength() > 62) {
            throw PythonError.overflow("randrange() ranges are limited to 2**62 values in conditions");
        }
        return start.add(step.multiply(BigInteger.valueOf(evaluation.random().nextLong(count.longValue()))));
    }

    private static Object choice(Object sequence, Evaluation evaluation) {
        List<Object> elements = switch (sequence) {
            case PyList list -> list.elements();
            case PyTuple tuple -> tuple.elements();
            case String text ->
                text.codePoints()
                        .mapToObj(c -> (Object) new String(Character.toChars(c)))
                        .toList();
            case PyRange range -> {
                if (range.length() == 0) {
                    throw PythonError.indexError("Cannot choose from an empty sequence");
                }
                yield List.of(BigInteger.valueOf(range.get(evaluation.random().nextLong(range.length()))));
            }
            default -> throw PythonError.typeError("object of type '" + Types.name(sequence) + "' has no len()");
        };
        if (elements.isEmpty()) {
            throw PythonError.indexError("Cannot choose from an empty sequence");
        }
        if (sequence instanceof PyRange) {
            return elements.get(0);
        }
        return elements.get((int) evaluation.random().nextLong(elements.size()));
    }
}
