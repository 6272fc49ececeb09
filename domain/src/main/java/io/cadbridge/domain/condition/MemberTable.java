package io.cadbridge.domain.condition;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Builds a type's member map: {@code new MemberTable("str").method("lower", 0, ...)}. */
final class MemberTable {

    private final String typeName;
    private final Map<String, Member> members = new LinkedHashMap<>();

    MemberTable(String typeName) {
        this.typeName = typeName;
    }

    /** A method taking {@code required} of the named parameters, positionally. */
    MemberTable method(String name, int required, NativeBody body, String... parameters) {
        return method(Signature.of(typeName + "." + name, required, parameters), body);
    }

    MemberTable method(Signature signature, NativeBody body) {
        String name = signature.name().substring(signature.name().lastIndexOf('.') + 1);
        members.put(name, new Member.Method(signature, body));
        return this;
    }

    MemberTable property(String name, Function<Object, Object> getter) {
        members.put(name, new Member.Property(getter));
        return this;
    }

    Map<String, Member> build() {
        return Map.copyOf(members);
    }
}
