package io.cadbridge.domain.condition;

import java.util.Map;
import java.util.Set;

/** Attribute access: only the documented members of each type; everything else is an AttributeError. */
final class Attributes {

    private Attributes() {}

    static Object get(Object receiver, String name) {
        return switch (receiver) {
            case PyModule module ->
                member(module.members(), name, "module '" + module.name() + "' has no attribute '" + name + "'");
            case PyType type ->
                member(type.attributes(), name, "type object '" + type.name() + "' has no attribute '" + name + "'");
            default -> {
                Map<String, Member> members = MemberTables.of(receiver);
                Member member = members.get(name);
                if (member == null) {
                    throw missing(
                            "'" + Types.name(receiver) + "' object has no attribute '" + name + "'",
                            name,
                            members.keySet());
                }
                yield switch (member) {
                    case Member.Method method -> new BoundMethod(receiver, method);
                    case Member.Property property -> property.getter().apply(receiver);
                };
            }
        };
    }

    private static Object member(Map<String, Object> members, String name, String message) {
        Object value = members.get(name);
        if (value == null) {
            throw missing(message, name, members.keySet());
        }
        return value;
    }

    private static PythonError missing(String message, String name, Set<String> known) {
        return PythonError.attributeError(message
                + Suggestions.closest(name, known)
                        .map(best -> ". Did you mean: '" + best + "'?")
                        .orElse(""));
    }
}
