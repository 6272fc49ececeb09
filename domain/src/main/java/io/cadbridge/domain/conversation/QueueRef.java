package io.cadbridge.domain.conversation;

import io.cadbridge.json.JsonObject;

/** A queue as a conversation refers to it: its id and its address (either may be unknown). */
public record QueueRef(String id, String address) {

    public QueueRef {
        if (id == null && address == null) {
            throw new IllegalArgumentException("a queue needs an id or an address");
        }
    }

    /** True when {@code name} is this queue's id (any case, hyphens ignored) or its address (any case). */
    public boolean isNamed(String name) {
        return id != null && normalizedId(id).equals(normalizedId(name))
                || address != null && address.equalsIgnoreCase(name);
    }

    public JsonObject toJson() {
        return JsonObject.builder().put("id", id).put("address", address).build();
    }

    private static String normalizedId(String text) {
        return text.replace("-", "").toUpperCase(java.util.Locale.ROOT);
    }
}
