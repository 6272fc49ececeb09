package io.cadbridge.domain.condition;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compile-time checks: nesting depth, defined names, known attributes ("did you mean …"), and argument
 * counts wherever the callee is known before evaluation ({@code len(...)}, {@code contact.get_language()},
 * {@code random.randrange(...)}, or a method name that exists on only some types).
 */
final class Checker {

    private final int maxDepth;

    private Checker(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    static void check(Expr expression, ConditionLimits limits) {
        new Checker(limits.maxNestingDepth()).visit(expression, Set.of(), 1);
    }

    private void visit(Expr expression, Set<String> locals, int depth) {
        if (depth > maxDepth) {
            throw new ConditionSyntaxException(
                    expression.position(), "expression nested too deeply (limit " + maxDepth + ")");
        }
        int inner = depth + 1;
        switch (expression) {
            case Expr.Constant ignored -> {}
            case Expr.Name name -> name(name, locals);
            case Expr.Display display -> display.elements().forEach(element -> visit(element, locals, inner));
            case Expr.DictDisplay dict -> {
                dict.keys().forEach(key -> visit(key, locals, inner));
                dict.values().forEach(value -> visit(value, locals, inner));
            }
            case Expr.BoolOp bool -> bool.operands().forEach(operand -> visit(operand, locals, inner));
            case Expr.Not not -> visit(not.operand(), locals, inner);
            case Expr.Unary unary -> visit(unary.operand(), locals, inner);
            case Expr.Binary binary -> {
                visit(binary.left(), locals, inner);
                visit(binary.right(), locals, inner);
            }
            case Expr.Compare compare -> {
                visit(compare.first(), locals, inner);
                compare.operands().forEach(operand -> visit(operand, locals, inner));
            }
            case Expr.Conditional conditional -> {
                visit(conditional.test(), locals, inner);
                visit(conditional.body(), locals, inner);
                visit(conditional.orElse(), locals, inner);
            }
            case Expr.Attribute attribute -> attribute(attribute, locals, inner);
            case Expr.Call call -> call(call, locals, inner);
            case Expr.Subscript subscript -> {
                visit(subscript.receiver(), locals, inner);
                visit(subscript.index(), locals, inner);
            }
            case Expr.Slice slice -> {
                slice.lower().ifPresent(part -> visit(part, locals, inner));
                slice.upper().ifPresent(part -> visit(part, locals, inner));
                slice.step().ifPresent(part -> visit(part, locals, inner));
            }
            case Expr.Comprehension comprehension -> comprehension(comprehension, locals, inner);
        }
    }

    private void name(Expr.Name name, Set<String> locals) {
        String identifier = name.identifier();
        if (locals.contains(identifier) || Globals.NAMES.contains(identifier)) {
            return;
        }
        if (identifier.startsWith("__")) {
            throw new ConditionSyntaxException(
                    name.position(),
                    "names with double underscores such as '" + identifier + "' are not allowed in conditions");
        }
        Set<String> candidates = new HashSet<>(Globals.NAMES);
        candidates.addAll(locals);
        throw new ConditionSyntaxException(
                name.position(), "name '" + identifier + "' is not defined" + Suggestions.hint(identifier, candidates));
    }

    private void attribute(Expr.Attribute attribute, Set<String> locals, int depth) {
        visit(attribute.receiver(), locals, depth);
        String name = attribute.name();
        if (name.startsWith("_")) {
            throw new ConditionSyntaxException(
                    attribute.position(),
                    "attributes starting with '_' such as '" + name + "' are not allowed in conditions");
        }
        Optional<Object> receiver = StaticValues.of(attribute.receiver(), locals);
        if (receiver.isPresent()) {
            StaticValues.member(receiver.get(), name, attribute.position());
            return;
        }
        if (!KnownMembers.BY_NAME.containsKey(name)) {
            throw new ConditionSyntaxException(
                    attribute.position(),
                    "no value in a condition has an attribute '" + name + "'"
                            + Suggestions.hint(name, KnownMembers.BY_NAME.keySet()));
        }
    }

    private void call(Expr.Call call, Set<String> locals, int depth) {
        visit(call.callee(), locals, depth);
        call.arguments().forEach(argument -> visit(argument, locals, depth));
        call.keywords().forEach(keyword -> visit(keyword.value(), locals, depth));
        List<String> keywords = call.keywords().stream().map(Expr.Keyword::name).toList();
        Position position = call.callee().position();
        Optional<Object> callee = StaticValues.of(call.callee(), locals);
        if (callee.isPresent()) {
            if (!StaticValues.callable(callee.get())) {
                throw new ConditionSyntaxException(position, StaticValues.describe(callee.get()) + " is not callable");
            }
            StaticValues.signature(callee.get())
                    .flatMap(signature -> signature.problem(call.arguments().size(), keywords))
                    .ifPresent(problem -> {
                        throw new ConditionSyntaxException(position, problem);
                    });
            return;
        }
        if (call.callee() instanceof Expr.Attribute attribute) {
            methodArity(attribute.name(), call.arguments().size(), keywords, position);
        }
    }

    /** A method call on a value of unknown type: wrong when no type's method of that name accepts the arguments. */
    private static void methodArity(String name, int positional, List<String> keywords, Position position) {
        List<Object> members = KnownMembers.BY_NAME.getOrDefault(name, List.of());
        Optional<String> firstProblem = Optional.empty();
        for (Object member : members) {
            if (!(member instanceof Member.Method method)) {
                return;
            }
            Optional<String> problem = method.signature().problem(positional, keywords);
            if (problem.isEmpty()) {
                return;
            }
            firstProblem = firstProblem.or(() -> problem);
        }
        firstProblem.ifPresent(problem -> {
            throw new ConditionSyntaxException(position, problem);
        });
    }

    private void comprehension(Expr.Comprehension comprehension, Set<String> locals, int depth) {
        Set<String> scope = new HashSet<>(locals);
        for (Expr.ForClause clause : comprehension.clauses()) {
            visit(clause.iterable(), scope, depth);
            for (String target : clause.targets()) {
                if (target.startsWith("__")) {
                    throw new ConditionSyntaxException(
                            comprehension.position(), "names with double underscores are not allowed in conditions");
                }
                scope.add(target);
            }
            Set<String> bound = Set.copyOf(scope);
            clause.conditions().forEach(condition -> visit(condition, bound, depth));
        }
        Set<String> bound = Set.copyOf(scope);
        visit(comprehension.element(), bound, depth);
        comprehension.value().ifPresent(value -> visit(value, bound, depth));
    }
}
