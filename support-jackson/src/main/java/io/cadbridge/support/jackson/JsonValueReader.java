package io.cadbridge.support.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads one JSON value from a parser's tokens straight into the domain's model, building exactly what
 * Jackson's tree (exact decimals, no stripped zeros) converted by {@link JsonValues#fromNode} builds,
 * without the tree in between. Limits (nesting depth, lengths) and syntax errors are the parser's, as
 * they were; recursion stays within the parser's nesting limit.
 */
final class JsonValueReader {

    private JsonValueReader() {}

    /** The value starting at {@code token}, the parser's current token. */
    static JsonValue read(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> new JsonString(parser.getText());
            case VALUE_NUMBER_INT -> new JsonNumber(integer(parser));
            // The tree asks for the BigDecimal (USE_BIG_DECIMAL_FOR_FLOATS) and keeps it as parsed.
            case VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getDecimalValue());
            case VALUE_TRUE -> JsonBoolean.TRUE;
            case VALUE_FALSE -> JsonBoolean.FALSE;
            case VALUE_NULL -> JsonNull.INSTANCE;
            default -> throw new IllegalStateException("a JSON text parser gave " + token + " where a value starts");
        };
    }

    /** A repeated member name keeps its first place and its last value, as the tree's map did. */
    private static JsonObject object(JsonParser parser) throws IOException {
        LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            members.put(name, read(parser, parser.nextToken()));
        }
        return new JsonObject(members);
    }

    private static JsonArray array(JsonParser parser) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(read(parser, token));
        }
        return new JsonArray(elements);
    }

    /** As the tree held it (an int, long or BigInteger node) and then gave it as a BigDecimal: scale 0. */
    private static BigDecimal integer(JsonParser parser) throws IOException {
        return switch (parser.getNumberType()) {
            case INT -> BigDecimal.valueOf(parser.getIntValue());
            case LONG -> BigDecimal.valueOf(parser.getLongValue());
            default -> new BigDecimal(parser.getBigIntegerValue());
        };
    }
}
