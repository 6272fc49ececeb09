package io.cadbridge.json;

import java.util.Iterator;
import java.util.Map;

/** Writes compact JSON text; used to render objects and arrays inside text templates. */
final class JsonWriter {

    private JsonWriter() {}

    static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, JsonValue value) {
        switch (value) {
            case JsonObject object -> appendObject(out, object);
            case JsonArray array -> appendArray(out, array);
            case JsonString string -> appendString(out, string.value());
            case JsonNumber number -> out.append(number.text());
            case JsonBoolean bool -> out.append(bool.value());
            case JsonNull ignored -> out.append("null");
        }
    }

    private static void appendObject(StringBuilder out, JsonObject object) {
        out.append('{');
        Iterator<Map.Entry<String, JsonValue>> members =
                object.members().entrySet().iterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            appendString(out, member.getKey());
            out.append(':');
            append(out, member.getValue());
            if (members.hasNext()) {
                out.append(',');
            }
        }
        out.append('}');
    }

    private static void appendArray(StringBuilder out, JsonArray array) {
        out.append('[');
        for (int i = 0; i < array.elements().size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, array.elements().get(i));
        }
        out.append(']');
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
