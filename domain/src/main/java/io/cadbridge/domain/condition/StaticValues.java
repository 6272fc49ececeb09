package io.cadbridge.domain.condition;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a condition's callee is before evaluation, where that is knowable: a module, built-in, type, or a
 * getter of {@code contact}/{@code event} (unless a comprehension variable shadows the name).
 */
final class StaticValues {

    /** {@code contact} or {@code event} before any scope exists. */
    private record KnownObject(String name, Map<String, Member> members) {}

    private StaticValues() {}

    static Optional<Object> of(Expr expression, Set<String> locals) {
        if (expression instanceof Expr.Name name && !locals.contains(name.identifier())) {
            Map<String, Member> members = Globals.objectMembers(name.identifier());
            if (members != null) {
                return Optional.of(new KnownObject(name.identifier(), members));
            }
            return Optional.ofNullable(Globals.STATIC.get(name.identifier()));
        }
        if (expression instanceof Expr.Attribute attribute) {
            return of(attribute.receiver(), locals)
                    .map(receiver -> member(receiver, attribute.name(), attribute.position()));
        }
        return Optional.empty();
    }

    /** The member, or a compile error with a suggestion when the known receiver has no such member. */
    static Object member(Object receiver, String name, Position position) {
        Map<String, ?> members = switch (receiver) {
            case KnownObject object -> object.members();
            case PyModule module -> module.members();
            case PyType type -> type.attributes();
            default -> Map.of();
        };
        Object member = members.get(name);
        if (member != null) {
            return member;
        }
        String owner = switch (receiver) {
            case KnownObject object -> "'" + object.name() + "'";
            case PyModule module -> "module '" + module.name() + "'";
            case PyType type -> "type '" + type.name() + "'";
            default -> "'" + Types.name(receiver) + "' object";
        };
        String hint = members.containsKey("get_" + name)
                ? "; did you mean 'get_" + name + "()'?"
                : Suggestions.hint(name, members.keySet());
        throw new ConditionSyntaxException(position, owner + " has no attribute '" + name + "'" + hint);
    }

    static Optional<Signature> signature(Object callee) {
        return switch (callee) {
            case BuiltinFunction function -> Optional.of(function.signature());
            case PyType type -> Optional.ofNullable(type.constructor() == null ? null : type.signature());
            case Member.Method method -> Optional.of(method.signature());
            default -> Optional.empty();
        };
    }

    static boolean callable(Object callee) {
        return callee instanceof BuiltinFunction || callee instanceof PyType || callee instanceof Member.Method;
    }

    static String describe(Object value) {
        return switch (value) {
            case KnownObject object -> "'" + object.name() + "'";
            case PyModule module -> "module '" + module.name() + "'";
            default -> "'" + Types.name(value) + "' object";
        };
    }
}
