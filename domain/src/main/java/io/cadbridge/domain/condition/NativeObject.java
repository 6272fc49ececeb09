package io.cadbridge.domain.condition;

import java.util.Map;

/** {@code contact} or {@code event}: a named object whose members are getters over {@code state}. */
record NativeObject(String typeName, Map<String, Member> members, Object state) {}
