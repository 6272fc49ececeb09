package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ListVendorsUseCase;
import io.cadbridge.domain.integration.VendorInfo;
import io.cadbridge.support.jackson.JsonValues;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code /v1/schemas/**}: the JSON Schema of the integration resource, for editors that offer
 * completion and inline errors. Editors fetch schemas without credentials and a schema holds no
 * secret, so these routes are {@link Access#OPEN}.
 */
final class SchemaRoutes implements ApiRoutes {

    static final String PREFIX = "/v1/schemas/";
    static final String INTEGRATION = PREFIX + "integration.json";
    static final String CONTENT_TYPE = "application/schema+json";
    private static final String INTEGRATION_RESOURCE = "/schemas/integration.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final byte[] integrationSchema;

    /** The schema as served: the file, and for each installed vendor adapter its settings schema (ADR 0031). */
    @Inject
    SchemaRoutes(ListVendorsUseCase vendors) {
        this.integrationSchema = withVendors(load(INTEGRATION_RESOURCE), vendors.vendors());
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(INTEGRATION, this::integration, Access.OPEN);
    }

    private void integration(Context ctx) {
        ctx.status(200).contentType(CONTENT_TYPE).result(integrationSchema);
    }

    /** One {@code if vendor is X then vendorSettings is X's settings} per adapter, in {@code allOf}. */
    private static byte[] withVendors(byte[] schema, List<VendorInfo> vendors) {
        if (vendors.isEmpty()) {
            return schema;
        }
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(schema);
            ArrayNode allOf = (ArrayNode) root.get("allOf");
            for (VendorInfo vendor : vendors) {
                ObjectNode rule = allOf.addObject();
                rule.putObject("if")
                        .set(
                                "properties",
                                MAPPER.createObjectNode()
                                        .set("vendor", MAPPER.createObjectNode().put("const", vendor.name())));
                ((ObjectNode) rule.get("if")).putArray("required").add("vendor");
                ObjectNode settings = (ObjectNode) JsonValues.toNode(vendor.settingsSchema());
                settings.remove("$schema");
                rule.putObject("then").putObject("properties").set("vendorSettings", settings);
            }
            ArrayNode examples =
                    (ArrayNode) root.get("properties").get("vendor").withArray("examples");
            examples.removeAll();
            vendors.forEach(vendor -> examples.add(vendor.name()));
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the integration schema", e);
        }
    }

    private static byte[] load(String resource) {
        try (InputStream in = SchemaRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + resource, e);
        }
    }
}
