package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A type's methods as plain functions, so that {@code sorted(names, key=str.lower)} works. */
final class UnboundMethods {

    private UnboundMethods() {}

    static Map<String, Object> of(String typeName, Class<?> instances, Map<String, Member> members) {
        Map<String, Object> functions = new HashMap<>();
        members.forEach((name, member) -> {
            if (member instanceof Member.Method method) {
                functions.put(name, unbound(typeName, name, instances, method));
            }
        });
        return functions;
    }

    private static BuiltinFunction unbound(String typeName, String name, Class<?> instances, Member.Method method) {
        Signature bound = method.signature();
        List<String> parameters = new ArrayList<>(List.of("self"));
        parameters.addAll(bound.parameters());
        Signature signature = new Signature(
                bound.name(), parameters, bound.required() + 1, bound.extraPositional(), false, bound.options());
        return new BuiltinFunction(signature, (ignored, arguments, evaluation) -> {
            Object self = arguments.positional().get(0);
            if (!instances.isInstance(self)) {
                throw PythonError.typeError("descriptor '" + name + "' for '" + typeName
                        + "' objects doesn't apply to a '" + Types.name(self) + "' object");
            }
            List<Object> rest =
                    arguments.positional().subList(1, arguments.positional().size());
            return method.body().apply(self, bound.bind(rest, arguments.keywords()), evaluation);
        });
    }
}
