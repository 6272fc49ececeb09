package io.cadbridge.domain.condition;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The methods of an {@code re.Match}. */
final class MatchMembers {

    static final Map<String, Member> MEMBERS = new MemberTable("Match")
            .method(Signature.of("Match.group", 0).variadic(), (self, arguments, evaluation) -> group(self, arguments))
            .method(
                    Signature.of("Match.groups", 0, "default").byName(),
                    (self, arguments, evaluation) -> groups(match(self), arguments.get(0, PyNone.NONE)))
            .method(
                    Signature.of("Match.groupdict", 0, "default").byName(),
                    (self, arguments, evaluation) -> groupdict(match(self), arguments.get(0, PyNone.NONE)))
            .method(
                    "start",
                    0,
                    (self, arguments, evaluation) ->
                            span(self, arguments).elements().get(0),
                    "group")
            .method(
                    "end",
                    0,
                    (self, arguments, evaluation) ->
                            span(self, arguments).elements().get(1),
                    "group")
            .method("span", 0, (self, arguments, evaluation) -> span(self, arguments), "group")
            .build();

    private MatchMembers() {}

    private static PyTuple span(Object self, Arguments arguments) {
        int group = index(match(self), arguments.get(0, BigInteger.ZERO));
        return PyTuple.of(
                BigInteger.valueOf(match(self).result().start(group)),
                BigInteger.valueOf(match(self).result().end(group)));
    }

    private static PyMatch match(Object self) {
        return (PyMatch) self;
    }

    private static Object group(Object self, Arguments arguments) {
        List<Object> wanted = arguments.positional();
        if (wanted.isEmpty()) {
            return group(match(self), BigInteger.ZERO);
        }
        if (wanted.size() == 1) {
            return group(match(self), wanted.get(0));
        }
        List<Object> groups = new ArrayList<>();
        wanted.forEach(index -> groups.add(group(match(self), index)));
        return new PyTuple(groups);
    }

    static Object group(PyMatch match, Object index) {
        String value = match.result().group(index(match, index));
        return value == null ? PyNone.NONE : value;
    }

    private static int index(PyMatch match, Object index) {
        if (index instanceof String name) {
            Integer number = match.groupNames().get(name);
            if (number == null) {
                throw PythonError.indexError("no such group");
            }
            return number;
        }
        long number = Types.isInteger(index) ? Types.smallInteger(index) : -1;
        if (number < 0 || number > match.result().groupCount()) {
            throw PythonError.indexError("no such group");
        }
        return (int) number;
    }

    private static PyTuple groups(PyMatch match, Object fallback) {
        List<Object> groups = new ArrayList<>();
        for (int i = 1; i <= match.result().groupCount(); i++) {
            String value = match.result().group(i);
            groups.add(value == null ? fallback : value);
        }
        return new PyTuple(groups);
    }

    private static PyDict groupdict(PyMatch match, Object fallback) {
        Map<String, Integer> names = new HashMap<>(match.groupNames());
        List<Object> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(entry -> {
            keys.add(entry.getKey());
            String value = match.result().group(entry.getValue());
            values.add(value == null ? fallback : value);
        });
        return PyDict.of(keys, values);
    }
}
