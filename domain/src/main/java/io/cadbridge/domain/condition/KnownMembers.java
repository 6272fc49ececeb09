package io.cadbridge.domain.condition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every attribute name any value may have, with its members, for compile-time checks on unknown receivers. */
final class KnownMembers {

    /** An attribute of a module or type: its value is not a method of a value. */
    static final Object MODULE_OR_TYPE_ATTRIBUTE = new Object();

    static final Map<String, List<Object>> BY_NAME = byName();

    private KnownMembers() {}

    private static Map<String, List<Object>> byName() {
        Map<String, List<Object>> byName = new HashMap<>();
        for (Map<String, Member> table : List.of(
                StrMethods.MEMBERS,
                SequenceMethods.LIST,
                SequenceMethods.TUPLE,
                DictMethods.MEMBERS,
                DatetimeMembers.DATETIME,
                DatetimeMembers.TIMEDELTA,
                MatchMembers.MEMBERS,
                ContactObject.MEMBERS,
                EventObject.MEMBERS)) {
            table.forEach((name, member) ->
                    byName.computeIfAbsent(name, key -> new ArrayList<>()).add(member));
        }
        for (Object global : Globals.STATIC.values()) {
            if (global == BuiltinTypes.STR) {
                continue; // its attributes are the str methods again, unbound (str.lower)
            }
            Map<String, Object> attributes = switch (global) {
                case PyModule module -> module.members();
                case PyType type -> type.attributes();
                default -> Map.of();
            };
            attributes.forEach((name, value) -> {
                byName.computeIfAbsent(name, key -> new ArrayList<>()).add(MODULE_OR_TYPE_ATTRIBUTE);
                if (value instanceof PyType type) {
                    type.attributes()
                            .keySet()
                            .forEach(inner -> byName.computeIfAbsent(inner, key -> new ArrayList<>())
                                    .add(MODULE_OR_TYPE_ATTRIBUTE));
                }
            });
        }
        return Map.copyOf(byName);
    }
}
