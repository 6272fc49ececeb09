package io.cadbridge.domain.condition;

import java.util.List;
import java.util.Map;

/** Calls built-in functions, bound methods and types. */
final class Calls {

    private Calls() {}

    static Object call(Object callee, List<Object> arguments, Map<String, Object> keywords, Evaluation evaluation) {
        return switch (callee) {
            case BuiltinFunction function ->
                function.body().apply(null, function.signature().bind(arguments, keywords), evaluation);
            case BoundMethod method ->
                method.method()
                        .body()
                        .apply(method.self(), method.method().signature().bind(arguments, keywords), evaluation);
            case PyType type -> {
                if (type.constructor() == null) {
                    throw PythonError.typeError("cannot create '" + type.name() + "' instances");
                }
                yield type.constructor().apply(null, type.signature().bind(arguments, keywords), evaluation);
            }
            default -> throw PythonError.typeError("'" + Types.name(callee) + "' object is not callable");
        };
    }

    /** Calls a one-argument function, as {@code sorted(key=...)} does. */
    static Object callOne(Object callee, Object argument, Evaluation evaluation) {
        return call(callee, List.of(argument), Map.of(), evaluation);
    }
}
