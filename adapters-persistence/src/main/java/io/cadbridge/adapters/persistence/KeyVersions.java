package io.cadbridge.adapters.persistence;

import io.cadbridge.domain.conversation.CadVersion;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.JSONB;

/** The conversation.key_versions column: {@code {"key": [event time in epoch microseconds, event sequence, step]}}. */
final class KeyVersions {

    private KeyVersions() {}

    static JSONB column(Map<String, CadVersion> versions) {
        JsonObject.Builder builder = JsonObject.builder();
        versions.forEach((key, version) -> builder.put(
                key,
                new JsonArray(List.of(
                        JsonNumber.of(ChronoUnit.MICROS.between(Instant.EPOCH, version.eventTime())),
                        JsonNumber.of(version.eventSequence()),
                        JsonNumber.of(version.step())))));
        return JsonColumns.jsonb(builder.build());
    }

    static Map<String, CadVersion> read(JSONB column) {
        Map<String, CadVersion> versions = new LinkedHashMap<>();
        JsonColumns.object(column).members().forEach((key, value) -> versions.put(key, version(key, value)));
        return versions;
    }

    private static CadVersion version(String key, JsonValue value) {
        if (value instanceof JsonArray array
                && array.elements().size() == 3
                && array.elements().stream().allMatch(JsonNumber.class::isInstance)) {
            List<Long> parts = array.elements().stream()
                    .map(element -> ((JsonNumber) element).value().longValueExact())
                    .toList();
            return new CadVersion(
                    Instant.EPOCH.plus(parts.get(0), ChronoUnit.MICROS), parts.get(1), Math.toIntExact(parts.get(2)));
        }
        throw new IllegalStateException("the stored version of attached-data key \"" + key
                + "\" is not [time, sequence, step]: " + value.toJson());
    }
}
