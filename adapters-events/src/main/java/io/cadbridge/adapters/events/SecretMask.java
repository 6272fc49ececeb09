package io.cadbridge.adapters.events;

import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hides an integration's secrets wherever a rendered request shows them (headers, query, body). */
final class SecretMask {

    static final String MASK = "****";

    private final List<String> secrets;

    SecretMask(Secrets stored) {
        List<String> values = new ArrayList<>(stored.authentications().values());
        stored.credentials().map(BasicCredentials::password).ifPresent(values::add);
        stored.oauthClientSecret().ifPresent(values::add);
        values.removeIf(String::isEmpty);
        values.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(values);
    }

    String text(String value) {
        String masked = value;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    Map<String, String> texts(Map<String, String> values) {
        Map<String, String> masked = new LinkedHashMap<>();
        values.forEach((name, value) -> masked.put(name, text(value)));
        return masked;
    }

    JsonValue json(JsonValue value) {
        return switch (value) {
            case JsonString string -> new JsonString(text(string.value()));
            case JsonObject object -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                object.members().forEach((name, member) -> members.put(name, json(member)));
                yield new JsonObject(members);
            }
            case JsonArray array ->
                new JsonArray(array.elements().stream().map(this::json).toList());
            default -> value;
        };
    }
}
