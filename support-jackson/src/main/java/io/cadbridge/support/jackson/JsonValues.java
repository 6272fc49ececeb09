package io.cadbridge.support.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.ClassUtil;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON text into the domain's {@link JsonValue}, and converts between it and Jackson's tree model. */
public final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(NODES);

    static {
        // Callers run on virtual threads (requests, CRM calls): Jackson's default per-thread buffer pool
        // would give each one fresh parser buffers. A shared pool reuses them; what is read is the same.
        MAPPER.getFactory().setRecyclerPool(JsonRecyclerPools.sharedConcurrentDequePool());
    }

    private JsonValues() {}

    /**
     * Parses JSON text; the exception says what is wrong and where. Empty text is JSON {@code null};
     * only the first value is read, whatever follows it is not looked at.
     */
    public static JsonValue parse(String text) throws JsonProcessingException {
        return read(text, false);
    }

    /**
     * Like {@link #parse} but the whole text must be one value: "42 apples" is refused (a
     * {@link MismatchedInputException}) instead of read as 42. What a mapper with
     * {@code FAIL_ON_TRAILING_TOKENS}, {@code USE_BIG_DECIMAL_FOR_FLOATS} and trailing zeros kept gives
     * through {@code readTree} and {@link #fromNode}, without the tree.
     */
    public static JsonValue parseStrict(String text) throws JsonProcessingException {
        return read(text, true);
    }

    /** Straight from the parser's tokens; what {@code readTree} then {@link #fromNode} gave (see JsonValueReaderTest). */
    private static JsonValue read(String text, boolean wholeText) throws JsonProcessingException {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return JsonNull.INSTANCE;
            }
            JsonValue value = JsonValueReader.read(parser, first);
            JsonToken trailing = wholeText ? parser.nextToken() : null;
            if (trailing != null) {
                throw MismatchedInputException.from(
                        parser,
                        JsonNode.class,
                        String.format(
                                "Trailing token (of type %s) found after value (bound as %s): not allowed as per"
                                        + " `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`",
                                trailing, ClassUtil.nameOf(JsonNode.class)));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            // Text in memory cannot fail to be read; readTree said the same.
            throw JsonMappingException.fromUnexpectedIOE(e);
        }
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
