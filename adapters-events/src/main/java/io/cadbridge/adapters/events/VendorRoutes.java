package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ListVendorsUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.integration.VendorInfo;
import io.cadbridge.support.jackson.JsonValues;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code GET /v1/vendors}: the installed vendor adapters (ADR 0031), each with its version, where it
 * came from, its settings schema, the secrets it reads from {@code authentications}, its
 * capabilities and its default {@code save} mapping — what an administrator needs to write a vendor
 * integration.
 */
final class VendorRoutes implements ApiRoutes {

    static final String PATH = "/v1/vendors";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ListVendorsUseCase vendors;
    private final JsonBodies json;

    @Inject
    VendorRoutes(ListVendorsUseCase vendors, JsonBodies json) {
        this.vendors = requireNonNull(vendors, "vendors is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list, Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void list(Context ctx) {
        ObjectNode body = NODES.objectNode();
        ArrayNode items = body.putArray("vendors");
        vendors.vendors().forEach(vendor -> items.add(write(vendor)));
        json.write(ctx, 200, body);
    }

    static ObjectNode write(VendorInfo vendor) {
        ObjectNode node = NODES.objectNode()
                .put("name", vendor.name())
                .put("version", vendor.version())
                .put("title", vendor.title())
                .put("origin", vendor.origin());
        ArrayNode capabilities = node.putArray("capabilities");
        new TreeSet<>(vendor.capabilities()).forEach(capabilities::add);
        ObjectNode secrets = node.putObject("secrets");
        new TreeMap<>(vendor.secrets()).forEach(secrets::put);
        node.set("settingsSchema", JsonValues.toNode(vendor.settingsSchema()));
        node.set("defaultSave", JsonValues.toNode(vendor.defaultSave()));
        return node;
    }
}
