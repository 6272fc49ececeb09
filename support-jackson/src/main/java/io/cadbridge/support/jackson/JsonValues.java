package io.cadbridge.support.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between Jackson's tree model and the domain's {@link JsonValue}. */
public final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(NODES);

    private JsonValues() {}

    /** Parses JSON text; the exception says what is wrong and where. */
    public static JsonValue parse(String text) throws JsonProcessingException {
        return fromNode(MAPPER.readTree(text));
    }

    public static JsonValue fromNode(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return JsonNull.INSTANCE;
        }
        if (node.isObject()) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            node.properties().forEach(entry -> members.put(entry.getKey(), fromNode(entry.getValue())));
            return new JsonObject(members);
        }
        if (node.isArray()) {
            List<JsonValue> elements = new ArrayList<>(node.size());
            node.forEach(element -> elements.add(fromNode(element)));
            return new JsonArray(elements);
        }
        if (node.isNumber()) {
            return new JsonNumber(node.decimalValue());
        }
        if (node.isBoolean()) {
            return JsonBoolean.of(node.booleanValue());
        }
        return new JsonString(node.asText());
    }

    public static JsonNode toNode(JsonValue value) {
        return switch (value) {
            case JsonObject object -> {
                ObjectNode node = NODES.objectNode();
                object.members().forEach((name, member) -> node.set(name, toNode(member)));
                yield node;
            }
            case JsonArray array -> {
                ArrayNode node = NODES.arrayNode();
                array.elements().forEach(element -> node.add(toNode(element)));
                yield node;
            }
            case JsonString string -> NODES.textNode(string.value());
            case JsonNumber number -> NODES.numberNode(number.value());
            case JsonBoolean bool -> NODES.booleanNode(bool.value());
            case JsonNull ignored -> NODES.nullNode();
        };
    }
}
