package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** List, set and dict comprehensions and generator expressions, with nested {@code for}/{@code if} clauses. */
final class Comprehensions {

    private Comprehensions() {}

    static Object evaluate(Expr.Comprehension comprehension, Locals locals, Evaluation evaluation) {
        return switch (comprehension.kind()) {
            case GENERATOR -> new PyGenerator(comprehension, locals);
            case LIST -> new PyList(collect(comprehension, locals, evaluation, comprehension.element()));
            case SET -> PySet.of(collect(comprehension, locals, evaluation, comprehension.element()));
            case DICT -> {
                List<Object> keys = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                clause(comprehension, 0, locals, evaluation, scope -> {
                    keys.add(Evaluator.evaluate(comprehension.element(), scope, evaluation));
                    values.add(Evaluator.evaluate(comprehension.value().orElseThrow(), scope, evaluation));
                    evaluation.checkCollectionSize(keys.size());
                    return true;
                });
                yield PyDict.of(keys, values);
            }
        };
    }

    private static List<Object> collect(
            Expr.Comprehension comprehension, Locals locals, Evaluation evaluation, Expr element) {
        List<Object> elements = new ArrayList<>();
        clause(comprehension, 0, locals, evaluation, scope -> {
            elements.add(Evaluator.evaluate(element, scope, evaluation));
            evaluation.checkCollectionSize(elements.size());
            return true;
        });
        return elements;
    }

    /** Runs a generator expression, handing each element to the consumer until it says stop. */
    static void run(PyGenerator generator, Evaluation evaluation, Predicate<Object> consumer) {
        Expr.Comprehension comprehension = generator.comprehension();
        clause(
                comprehension,
                0,
                generator.locals(),
                evaluation,
                scope -> consumer.test(Evaluator.evaluate(comprehension.element(), scope, evaluation)));
    }

    /** Returns false when the consumer asked to stop. */
    private static boolean clause(
            Expr.Comprehension comprehension, int index, Locals locals, Evaluation evaluation, Predicate<Locals> body) {
        if (index == comprehension.clauses().size()) {
            return body.test(locals);
        }
        Expr.ForClause clause = comprehension.clauses().get(index);
        Object iterable = Evaluator.evaluate(clause.iterable(), locals, evaluation);
        boolean[] going = {true};
        Iteration.forEach(iterable, evaluation, element -> {
            Locals scope = bind(clause, element, locals);
            for (Expr condition : clause.conditions()) {
                if (!Types.truthy(Evaluator.evaluate(condition, scope, evaluation))) {
                    return true;
                }
            }
            going[0] = clause(comprehension, index + 1, scope, evaluation, body);
            return going[0];
        });
        return going[0];
    }

    private static Locals bind(Expr.ForClause clause, Object element, Locals locals) {
        if (!clause.unpack()) {
            return locals.bind(clause.targets().get(0), element);
        }
        List<Object> values = switch (element) {
            case PyTuple tuple -> tuple.elements();
            case PyList list -> list.elements();
            default -> throw PythonError.typeError("cannot unpack non-iterable " + Types.name(element) + " object");
        };
        if (values.size() != clause.targets().size()) {
            throw PythonError.valueError(
                    values.size() < clause.targets().size()
                            ? "not enough values to unpack (expected "
                                    + clause.targets().size() + ", got " + values.size() + ")"
                            : "too many values to unpack (expected "
                                    + clause.targets().size() + ")");
        }
        Locals scope = locals;
        for (int i = 0; i < values.size(); i++) {
            scope = scope.bind(clause.targets().get(i), values.get(i));
        }
        return scope;
    }
}
