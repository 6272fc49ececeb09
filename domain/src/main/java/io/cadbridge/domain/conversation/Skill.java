package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import java.math.BigDecimal;

/** A skill requirement of a conversation. */
public record Skill(String id, BigDecimal value, String name) {

    public Skill {
        requireNonNull(id, "id is null");
    }

    public JsonObject toJson() {
        return JsonObject.builder()
                .put("id", id)
                .put("value", value == null ? null : new JsonNumber(value))
                .put("name", name)
                .build();
    }
}
