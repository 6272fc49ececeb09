package io.cadbridge.domain.conversation;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What one conversation's attached data may hold, so that no CRM answer can grow it without bound.
 * Sizes are bytes of compact UTF-8 JSON. A run that would break a limit saves nothing and fails with
 * the reason: attached data is never truncated silently.
 */
public record CadLimits(int maxKeyLength, int maxValueBytes, int maxTotalBytes) {

    /** 128 characters per key, 16 KiB per value, 32 KiB for the whole attached data of a conversation. */
    public static final CadLimits DEFAULT = new CadLimits(128, 16 * 1024, 32 * 1024);

    public CadLimits {
        if (maxKeyLength < 1 || maxValueBytes < 1 || maxTotalBytes < maxValueBytes) {
            throw new IllegalArgumentException("limits must be positive and the total at least one value");
        }
    }

    /** The first key or value of {@code saved} over its limit, said so that an administrator can act. */
    public Optional<String> checkSaved(JsonObject saved) {
        for (Map.Entry<String, JsonValue> member : saved.members().entrySet()) {
            String key = member.getKey();
            if (key.isEmpty() || key.length() > maxKeyLength) {
                return Optional.of("the attached-data key \"" + abbreviated(key) + "\" has " + key.length()
                        + " characters; keys have 1 to " + maxKeyLength + "; nothing was saved");
            }
            int bytes = bytes(member.getValue());
            if (bytes > maxValueBytes) {
                return Optional.of("the value of attached-data key \"" + key + "\" is " + bytes
                        + " bytes, over the limit of " + maxValueBytes + " bytes per value; nothing was saved");
            }
        }
        return Optional.empty();
    }

    /** The reason when {@code merged} is over the total limit. */
    public Optional<String> checkTotal(AttachedData merged) {
        int bytes = bytes(merged.values());
        return bytes <= maxTotalBytes
                ? Optional.empty()
                : Optional.of("the conversation's attached data would be " + bytes + " bytes, over the limit of "
                        + maxTotalBytes + " bytes per conversation; nothing was saved");
    }

    static int bytes(JsonValue value) {
        return value.toJson().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String abbreviated(String key) {
        return key.length() <= 40 ? key : key.substring(0, 40) + "…";
    }
}
