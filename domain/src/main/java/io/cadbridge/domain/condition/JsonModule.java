package io.cadbridge.domain.condition;

import java.util.HashMap;
import java.util.Map;

/** The {@code json} module: {@code loads} and {@code dumps} (with {@code sort_keys}). */
final class JsonModule {

    static final PyModule MODULE = module();

    private JsonModule() {}

    private static PyModule module() {
        Map<String, Object> members = new HashMap<>();
        Builtins.function(members, Signature.exactly("json.loads", "s"), (self, arguments, evaluation) -> {
            if (!(arguments.get(0) instanceof String text)) {
                throw PythonError.typeError("the JSON object must be str, not " + Types.name(arguments.get(0)));
            }
            return new JsonReader(text, evaluation).document();
        });
        Builtins.function(
                members,
                Signature.exactly("json.dumps", "obj").withOptions("sort_keys"),
                (self, arguments, evaluation) -> new JsonDumper(
                                evaluation, Types.truthy(arguments.option("sort_keys", false)))
                        .dump(arguments.get(0)));
        return new PyModule("json", members);
    }
}
