package io.cadbridge.support.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.cadbridge.domain.json.JsonValue;
import java.io.IOException;

/** Lets an ObjectMapper read and write the domain's JSON values wherever they appear in DTOs. */
public final class DomainJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public DomainJsonModule() {
        super("cadbridge-domain-json");
        addSerializer(JsonValue.class, new JsonSerializer<>() {
            @Override
            public void serialize(JsonValue value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeTree(JsonValues.toNode(value));
            }
        });
        addDeserializer(JsonValue.class, new JsonDeserializer<>() {
            @Override
            public JsonValue deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                JsonNode node = parser.readValueAsTree();
                return JsonValues.fromNode(node);
            }

            @Override
            public JsonValue getNullValue(DeserializationContext context) {
                return io.cadbridge.domain.json.JsonNull.INSTANCE;
            }
        });
    }
}
