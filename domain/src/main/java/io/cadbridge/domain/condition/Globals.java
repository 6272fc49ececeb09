package io.cadbridge.domain.condition;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The names a condition can see besides {@code contact} and {@code event}: built-ins and modules. */
final class Globals {

    static final Map<String, Object> STATIC = statics();

    /** Every global name, for "did you mean" hints. */
    static final Set<String> NAMES = names();

    private Globals() {}

    private static Map<String, Object> statics() {
        Map<String, Object> globals = new HashMap<>(Builtins.ALL);
        globals.put("datetime", DatetimeModule.MODULE);
        globals.put("json", JsonModule.MODULE);
        globals.put("random", RandomModule.MODULE);
        globals.put("re", ReModule.MODULE);
        globals.put("time", TimeModule.MODULE);
        return Map.copyOf(globals);
    }

    private static Set<String> names() {
        Set<String> names = new TreeSet<>(STATIC.keySet());
        names.add("contact");
        names.add("event");
        names.add("True");
        names.add("False");
        names.add("None");
        return Set.copyOf(names);
    }

    /** The members of {@code contact} or {@code event}, known before any scope exists. */
    static Map<String, Member> objectMembers(String name) {
        return switch (name) {
            case "contact" -> ContactObject.MEMBERS;
            case "event" -> EventObject.MEMBERS;
            default -> null;
        };
    }
}
