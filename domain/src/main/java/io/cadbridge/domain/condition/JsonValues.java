package io.cadbridge.domain.condition;

import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The domain's JSON as Python values: objects are dicts, arrays lists, integral numbers ints, others floats. */
final class JsonValues {

    private static final int MAX_INTEGER_DIGITS = 1000;

    private JsonValues() {}

    static Object toPython(JsonValue value) {
        return switch (value) {
            case JsonObject object -> {
                List<Object> keys = new ArrayList<>(object.members().size());
                List<Object> values = new ArrayList<>(object.members().size());
                object.members().forEach((name, member) -> {
                    keys.add(name);
                    values.add(toPython(member));
                });
                yield PyDict.of(keys, values);
            }
            case JsonArray array ->
                new PyList(array.elements().stream().map(JsonValues::toPython).toList());
            case JsonString string -> string.value();
            case JsonNumber number -> number(number.value());
            case JsonBoolean bool -> bool.value();
            case JsonNull ignored -> PyNone.NONE;
        };
    }

    private static Object number(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= MAX_INTEGER_DIGITS) {
            return stripped.toBigIntegerExact();
        }
        return value.doubleValue();
    }
}
