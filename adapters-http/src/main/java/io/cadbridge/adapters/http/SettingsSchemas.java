package io.cadbridge.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.support.jackson.JsonValues;
import java.util.List;

/**
 * An adapter's settings schema, compiled once (JSON Schema draft 2020-12, networknt), with the one
 * setting the host adds to every adapter's: {@code defaultRegion}, the country a phone number without
 * a country code is read in.
 */
final class SettingsSchemas {

    static final String DEFAULT_REGION = "defaultRegion";

    private static final JsonObject DEFAULT_REGION_SCHEMA = JsonObject.builder()
            .put("type", "string")
            .put("pattern", "^[A-Z]{2}$")
            .put(
                    "description",
                    "ISO 3166 country code (e.g. US, GB, DE) in which the host reads a phone number that has no"
                            + " country code; without it such numbers are not matched")
            .build();

    private SettingsSchemas() {}

    /** The schema as published: the adapter's, with {@code defaultRegion} among its properties. */
    static JsonObject published(JsonObject adapterSchema) {
        JsonObject properties = adapterSchema
                .get("properties")
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .orElse(JsonObject.EMPTY);
        return adapterSchema
                .with("$schema", new JsonString("https://json-schema.org/draft/2020-12/schema"))
                .with("properties", properties.with(DEFAULT_REGION, DEFAULT_REGION_SCHEMA));
    }

    /** @throws RuntimeException when the schema is not a usable draft 2020-12 schema */
    static Schema compile(JsonObject published) {
        return SchemaRegistry.withDialect(
                        Dialects.getDraft202012(),
                        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .pathType(PathType.JSON_POINTER)
                                .build()))
                .getSchema(JsonValues.toNode(published));
    }

    /** The problems, each as {@code [pointer, message]} relative to the settings. */
    static List<String[]> problems(Schema schema, JsonValue settings) {
        JsonNode node = JsonValues.toNode(settings);
        return schema.validate(node).stream().map(SettingsSchemas::problem).toList();
    }

    private static String[] problem(Error error) {
        String at = error.getInstanceLocation().toString();
        boolean namesMember = error.getProperty() != null
                && List.of("additionalProperties", "required", "propertyNames").contains(error.getKeyword());
        String pointer =
                namesMember ? at + "/" + error.getProperty().replace("~", "~0").replace("/", "~1") : at;
        return new String[] {pointer, error.getMessage()};
    }
}
