package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates an expression tree; every node visit counts against the step budget. */
final class Evaluator {

    private Evaluator() {}

    static Object evaluate(Expr expression, Locals locals, Evaluation evaluation) {
        evaluation.tick();
        return switch (expression) {
            case Expr.Constant constant -> constant.value();
            case Expr.Name name -> name(name, locals, evaluation);
            case Expr.Display display -> display(display, locals, evaluation);
            case Expr.DictDisplay dict ->
                PyDict.of(all(dict.keys(), locals, evaluation), all(dict.values(), locals, evaluation));
            case Expr.BoolOp bool -> bool(bool, locals, evaluation);
            case Expr.Not not -> !Types.truthy(evaluate(not.operand(), locals, evaluation));
            case Expr.Unary unary -> Arithmetic.unary(unary.operator(), evaluate(unary.operand(), locals, evaluation));
            case Expr.Binary binary ->
                Arithmetic.binary(
                        binary.operator(),
                        evaluate(binary.left(), locals, evaluation),
                        evaluate(binary.right(), locals, evaluation),
                        evaluation);
            case Expr.Compare compare -> compare(compare, locals, evaluation);
            case Expr.Conditional conditional ->
                evaluate(
                        Types.truthy(evaluate(conditional.test(), locals, evaluation))
                                ? conditional.body()
                                : conditional.orElse(),
                        locals,
                        evaluation);
            case Expr.Attribute attribute ->
                Attributes.get(evaluate(attribute.receiver(), locals, evaluation), attribute.name());
            case Expr.Call call -> call(call, locals, evaluation);
            case Expr.Subscript subscript -> subscript(subscript, locals, evaluation);
            case Expr.Slice slice -> throw new PythonError("SyntaxError", "a slice outside of brackets");
            case Expr.Comprehension comprehension -> Comprehensions.evaluate(comprehension, locals, evaluation);
        };
    }

    private static Object name(Expr.Name name, Locals locals, Evaluation evaluation) {
        Object value = locals.lookup(name.identifier());
        if (value == null) {
            value = evaluation.global(name.identifier());
        }
        if (value == null) {
            throw new PythonError("NameError", "name '" + name.identifier() + "' is not defined");
        }
        return value;
    }

    static List<Object> all(List<Expr> expressions, Locals locals, Evaluation evaluation) {
        List<Object> values = new ArrayList<>(expressions.size());
        for (Expr expression : expressions) {
            values.add(evaluate(expression, locals, evaluation));
        }
        return values;
    }

    private static Object display(Expr.Display display, Locals locals, Evaluation evaluation) {
        List<Object> elements = all(display.elements(), locals, evaluation);
        return switch (display.kind()) {
            case TUPLE -> new PyTuple(elements);
            case LIST -> new PyList(elements);
            case SET -> PySet.of(elements);
        };
    }

    /** {@code and}/{@code or} return the operand that decided, like Python. */
    private static Object bool(Expr.BoolOp bool, Locals locals, Evaluation evaluation) {
        Object value = null;
        for (Expr operand : bool.operands()) {
            value = evaluate(operand, locals, evaluation);
            if (Types.truthy(value) != bool.conjunction()) {
                return value;
            }
        }
        return value;
    }

    private static Object compare(Expr.Compare compare, Locals locals, Evaluation evaluation) {
        Object left = evaluate(compare.first(), locals, evaluation);
        for (int i = 0; i < compare.operators().size(); i++) {
            Object right = evaluate(compare.operands().get(i), locals, evaluation);
            if (!Comparison.compare(compare.operators().get(i), left, right, evaluation)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    private static Object call(Expr.Call call, Locals locals, Evaluation evaluation) {
        Object callee = evaluate(call.callee(), locals, evaluation);
        List<Object> arguments = all(call.arguments(), locals, evaluation);
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (Expr.Keyword keyword : call.keywords()) {
            keywords.put(keyword.name(), evaluate(keyword.value(), locals, evaluation));
        }
        return Calls.call(callee, arguments, keywords, evaluation);
    }

    private static Object subscript(Expr.Subscript subscript, Locals locals, Evaluation evaluation) {
        Object receiver = evaluate(subscript.receiver(), locals, evaluation);
        if (subscript.index() instanceof Expr.Slice slice) {
            return Subscripts.slice(
                    receiver,
                    optional(slice.lower(), locals, evaluation),
                    optional(slice.upper(), locals, evaluation),
                    optional(slice.step(), locals, evaluation),
                    evaluation);
        }
        return Subscripts.item(receiver, evaluate(subscript.index(), locals, evaluation), evaluation);
    }

    private static Object optional(java.util.Optional<Expr> expression, Locals locals, Evaluation evaluation) {
        return expression.isPresent() ? evaluate(expression.get(), locals, evaluation) : PyNone.NONE;
    }
}
