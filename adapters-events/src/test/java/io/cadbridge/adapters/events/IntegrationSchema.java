package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The integration schema as a draft 2020-12 validator would apply it, loaded from the resource the
 * API serves and addressed by its {@code $id}, as an editor does.
 */
final class IntegrationSchema {

    static final String ID = "https://cadbridge.io/schemas/integration.json";
    static final String RESOURCE = "/schemas/integration.json";

    private static final Schema SCHEMA = SchemaRegistry.withDialect(
                    Dialects.getDraft202012(),
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .pathType(PathType.JSON_POINTER)
                                    .build())
                            .schemas(Map.of(ID, text())))
            .getSchema(SchemaLocation.of(ID));

    private IntegrationSchema() {}

    /** One complaint: where in the instance, which keyword, and the validator's message. */
    record Problem(String pointer, String keyword, String message) {}

    static List<Problem> validate(JsonNode integration) {
        return SCHEMA.validate(integration).stream()
                .map(IntegrationSchema::problem)
                .toList();
    }

    static String text() {
        try (InputStream in = IntegrationSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError(RESOURCE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validators report an unknown or a missing member at the object that holds it and name the member
     * separately; the pointer here goes to the member itself, where an editor underlines it.
     */
    private static Problem problem(Error error) {
        String at = error.getInstanceLocation().toString();
        boolean namesMember = error.getProperty() != null
                && List.of("additionalProperties", "required", "propertyNames").contains(error.getKeyword());
        String pointer =
                namesMember ? at + "/" + error.getProperty().replace("~", "~0").replace("/", "~1") : at;
        return new Problem(pointer, error.getKeyword(), error.getMessage());
    }
}
