package io.cadbridge.domain.condition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a built-in accepts: named positional parameters ({@code required} of them mandatory), optionally
 * more positional ones ({@code variadic}), keyword use of the parameters ({@code byName}) and keyword-only
 * {@code options}. Checked when a condition is compiled (where the callee is known) and on every call.
 */
record Signature(
        String name,
        List<String> parameters,
        int required,
        boolean extraPositional,
        boolean namedParameters,
        Set<String> options) {

    /** An option name that lets a callee accept any keyword, as {@code dict(a=1)} does. */
    static final String ANY_KEYWORD = "**";

    Signature {
        parameters = List.copyOf(parameters);
        options = Set.copyOf(options);
    }

    static Signature of(String name, int required, String... parameters) {
        return new Signature(name, List.of(parameters), required, false, false, Set.of());
    }

    static Signature exactly(String name, String... parameters) {
        return of(name, parameters.length, parameters);
    }

    Signature variadic() {
        return new Signature(name, parameters, required, true, namedParameters, options);
    }

    Signature byName() {
        return new Signature(name, parameters, required, extraPositional, true, options);
    }

    Signature withOptions(String... names) {
        return new Signature(name, parameters, required, extraPositional, namedParameters, Set.of(names));
    }

    /** Why a call with these arguments is wrong, if it is. */
    Optional<String> problem(int positional, Collection<String> keywords) {
        int supplied = positional;
        for (String keyword : keywords) {
            int index = namedParameters ? parameters.indexOf(keyword) : -1;
            if (index >= 0 && index < positional) {
                return Optional.of(name + "() got multiple values for argument '" + keyword + "'");
            }
            if (index >= 0 && index < required) {
                supplied++;
            } else if (index < 0 && !options.contains(keyword) && !options.contains(ANY_KEYWORD)) {
                return Optional.of("'" + keyword + "' is an invalid keyword argument for " + name + "()");
            }
        }
        int given = positional + keywords.size();
        if (!extraPositional && positional > parameters.size() || supplied < required) {
            return Optional.of(name + "() takes " + expected() + " (" + given + " given)");
        }
        return Optional.empty();
    }

    private String expected() {
        int maximum = parameters.size();
        if (!extraPositional && maximum == 0) {
            return "no arguments";
        }
        if (!extraPositional && maximum == required) {
            return "exactly " + count(required);
        }
        if (extraPositional) {
            return "at least " + count(required);
        }
        return required == 0 ? "at most " + count(maximum) : "from " + required + " to " + maximum + " arguments";
    }

    private static String count(int number) {
        return number == 1 ? "one argument" : number + " arguments";
    }

    /** Checks the call and places each argument in its parameter's slot. */
    Arguments bind(List<Object> positional, Map<String, Object> keywords) {
        problem(positional.size(), keywords.keySet()).ifPresent(problem -> {
            throw PythonError.typeError(problem);
        });
        Object[] slots = new Object[parameters.size()];
        for (int i = 0; i < Math.min(slots.length, positional.size()); i++) {
            slots[i] = positional.get(i);
        }
        keywords.forEach((keyword, value) -> {
            int index = namedParameters ? parameters.indexOf(keyword) : -1;
            if (index >= 0) {
                slots[index] = value;
            }
        });
        return new Arguments(positional, keywords, slots);
    }
}
