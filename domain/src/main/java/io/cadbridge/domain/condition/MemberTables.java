package io.cadbridge.domain.condition;

import java.util.Map;

/** The members each value type offers. */
final class MemberTables {

    private MemberTables() {}

    static Map<String, Member> of(Object receiver) {
        return switch (receiver) {
            case String ignored -> StrMethods.MEMBERS;
            case PyList ignored -> SequenceMethods.LIST;
            case PyTuple ignored -> SequenceMethods.TUPLE;
            case PyDict ignored -> DictMethods.MEMBERS;
            case PyDatetime ignored -> DatetimeMembers.DATETIME;
            case PyTimedelta ignored -> DatetimeMembers.TIMEDELTA;
            case PyMatch ignored -> MatchMembers.MEMBERS;
            case NativeObject object -> object.members();
            default -> Map.of();
        };
    }
}
