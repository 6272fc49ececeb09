package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Built-ins over iterables. {@code enumerate}, {@code zip} and {@code reversed} return lists here (Python
 * returns iterators); {@code any} and {@code all} stop at the first deciding element, as in Python.
 */
final class IterableFunctions {

    private IterableFunctions() {}

    static void register(Map<String, Object> builtins) {
        Builtins.function(
                builtins,
                Signature.of("min", 1, "iterable").variadic().withOptions("key", "default"),
                (self, arguments, evaluation) -> extreme(arguments, evaluation, -1, "min"));
        Builtins.function(
                builtins,
                Signature.of("max", 1, "iterable").variadic().withOptions("key", "default"),
                (self, arguments, evaluation) -> extreme(arguments, evaluation, 1, "max"));
        Builtins.function(builtins, Signature.of("sum", 1, "iterable", "start").byName(), IterableFunctions::sum);
        Builtins.function(
                builtins,
                Signature.exactly("any", "iterable"),
                (self, arguments, evaluation) -> decide(arguments.get(0), evaluation, true));
        Builtins.function(
                builtins,
                Signature.exactly("all", "iterable"),
                (self, arguments, evaluation) -> !decide(arguments.get(0), evaluation, false));
        Builtins.function(
                builtins,
                Signature.exactly("sorted", "iterable").withOptions("key", "reverse"),
                IterableFunctions::sorted);
        Builtins.function(
                builtins, Signature.of("enumerate", 1, "iterable", "start").byName(), IterableFunctions::enumerate);
        Builtins.function(builtins, Signature.of("zip", 0).variadic(), IterableFunctions::zip);
        Builtins.function(builtins, Signature.exactly("reversed", "sequence"), (self, arguments, evaluation) -> {
            List<Object> elements = new ArrayList<>(Iteration.toList(arguments.get(0), evaluation));
            Collections.reverse(elements);
            return new PyList(elements);
        });
    }

    /** Whether some element's truthiness equals {@code wanted}. */
    private static boolean decide(Object iterable, Evaluation evaluation, boolean wanted) {
        boolean[] found = {false};
        Iteration.forEach(iterable, evaluation, element -> {
            found[0] = Types.truthy(element) == wanted;
            return !found[0];
        });
        return found[0];
    }

    private static Object extreme(Arguments arguments, Evaluation evaluation, int direction, String name) {
        List<Object> candidates = arguments.positional().size() == 1
                ? Iteration.toList(arguments.get(0), evaluation)
                : arguments.positional();
        if (candidates.isEmpty()) {
            Object fallback = arguments.option("default", null);
            if (fallback == null) {
                throw PythonError.valueError(name + "() iterable argument is empty");
            }
            return fallback;
        }
        Object key = arguments.option("key", PyNone.NONE);
        Object best = candidates.get(0);
        Object bestKey = keyOf(key, best, evaluation);
        for (Object candidate : candidates.subList(1, candidates.size())) {
            evaluation.tick();
            Object candidateKey = keyOf(key, candidate, evaluation);
            if (Comparison.compare(
                    direction < 0 ? CompareOperator.LESS : CompareOperator.GREATER,
                    candidateKey,
                    bestKey,
                    evaluation)) {
                best = candidate;
                bestKey = candidateKey;
            }
        }
        return best;
    }

    private static Object keyOf(Object key, Object value, Evaluation evaluation) {
        return key == PyNone.NONE ? value : Calls.callOne(key, value, evaluation);
    }

    private static Object sum(Object self, Arguments arguments, Evaluation evaluation) {
        Object start = arguments.get(1, BigInteger.ZERO);
        if (start instanceof String) {
            throw PythonError.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        FloatSum total = new FloatSum(start, evaluation);
        Iteration.forEach(arguments.get(0), evaluation, element -> {
            total.add(element);
            return true;
        });
        return total.result();
    }

    private static Object sorted(Object self, Arguments arguments, Evaluation evaluation) {
        List<Object> elements = new ArrayList<>(Iteration.toList(arguments.get(0), evaluation));
        Object key = arguments.option("key", PyNone.NONE);
        List<Object> keys = new ArrayList<>(elements.size());
        for (Object element : elements) {
            keys.add(keyOf(key, element, evaluation));
        }
        List<Integer> order = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> comparator = (a, b) -> {
            evaluation.tick();
            return Comparison.order(keys.get(a), keys.get(b), "<");
        };
        boolean reverse = Types.truthy(arguments.option("reverse", false));
        try {
            order.sort(reverse ? comparator.reversed() : comparator);
        } catch (IllegalArgumentException inconsistent) {
            throw PythonError.valueError("the values cannot be sorted consistently");
        }
        List<Object> sorted = new ArrayList<>(elements.size());
        order.forEach(index -> sorted.add(elements.get(index)));
        return new PyList(sorted);
    }

    private static Object enumerate(Object self, Arguments arguments, Evaluation evaluation) {
        List<Object> elements = Iteration.toList(arguments.get(0), evaluation);
        BigInteger start = Types.integer(arguments.get(1, BigInteger.ZERO));
        List<Object> pairs = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            pairs.add(PyTuple.of(start.add(BigInteger.valueOf(i)), elements.get(i)));
        }
        return new PyList(pairs);
    }

    private static Object zip(Object self, Arguments arguments, Evaluation evaluation) {
        List<List<Object>> columns = new ArrayList<>();
        int length = Integer.MAX_VALUE;
        for (Object iterable : arguments.positional()) {
            List<Object> column = Iteration.toList(iterable, evaluation);
            columns.add(column);
            length = Math.min(length, column.size());
        }
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < (columns.isEmpty() ? 0 : length); i++) {
            List<Object> row = new ArrayList<>(columns.size());
            for (List<Object> column : columns) {
                row.add(column.get(i));
            }
            rows.add(new PyTuple(row));
        }
        return new PyList(rows);
    }
}
