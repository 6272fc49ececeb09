package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** An OpenAPI document as a tree: its operations, the references it makes and the schemas it holds. */
record OpenApiDocument(JsonNode root) {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    /** Where Schema Objects are found outside other schemas: parameters, bodies, answers and headers. */
    private static final List<String> HOLDERS_OF_SCHEMAS =
            List.of("/paths", "/components/responses", "/components/parameters", "/components/headers");

    private static final String RESOURCE = "/openapi.json";

    OpenApiDocument {
        requireNonNull(root, "root is null");
    }

    /** The document as the server reads it from its classpath. */
    static OpenApiDocument resource() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError(RESOURCE + " is not on the classpath");
            }
            return new OpenApiDocument(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each operation under the name {@link ApiServer#declaredAccess()} gives its route: "METHOD /path". */
    Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        root.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().stream()
                        .filter(member -> METHODS.contains(member.getKey()))
                        .forEach(operation -> operations.put(
                                operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                                operation.getValue())));
        return operations;
    }

    /** Every {@code $ref} of the document, in document order. */
    List<String> references() {
        List<String> references = new ArrayList<>();
        collectReferences(root, references);
        return references;
    }

    /** Every Schema Object that is not part of another, by its JSON pointer. */
    Map<String, JsonNode> schemas() {
        Map<String, JsonNode> schemas = new TreeMap<>();
        root.path("components")
                .path("schemas")
                .properties()
                .forEach(schema -> schemas.put("/components/schemas/" + escaped(schema.getKey()), schema.getValue()));
        HOLDERS_OF_SCHEMAS.forEach(pointer -> collectSchemas(root.at(pointer), pointer, schemas));
        return schemas;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        node.properties().forEach(member -> {
            if (member.getKey().equals("$ref") && member.getValue().isTextual()) {
                references.add(member.getValue().textValue());
            }
        });
        node.forEach(child -> collectReferences(child, references));
    }

    /** A schema is taken whole: a property that happens to be named "schema" inside it is no Schema Object. */
    private static void collectSchemas(JsonNode node, String pointer, Map<String, JsonNode> schemas) {
        node.properties().forEach(member -> {
            String at = pointer + "/" + escaped(member.getKey());
            if (member.getKey().equals("schema")) {
                schemas.put(at, member.getValue());
            } else {
                collectSchemas(member.getValue(), at, schemas);
            }
        });
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectSchemas(node.get(i), pointer + "/" + i, schemas);
        }
    }

    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
