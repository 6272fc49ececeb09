package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.AuditUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.audit.AuditEntry;
import io.cadbridge.domain.audit.AuditRecord;
import io.cadbridge.support.jackson.JsonValues;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * {@code GET /v1/audit} (administrators): the changes made through the API, newest first, a page of
 * {@code limit} (default 100, at most 500) at a time; {@code next} is the {@code cursor} of the page
 * after, {@code null} on the last.
 */
final class AuditRoutes implements ApiRoutes {

    static final String PATH = "/v1/audit";
    private static final int DEFAULT_LIMIT = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final AuditUseCase audit;
    private final JsonBodies json;

    @Inject
    AuditRoutes(AuditUseCase audit, JsonBodies json) {
        this.audit = requireNonNull(audit, "audit is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::read, Access.needs(Scope.ADMIN));
    }

    private void read(Context ctx) {
        int limit = QueryParameters.limit(ctx, DEFAULT_LIMIT, AuditUseCase.MAX_LIMIT);
        AuditUseCase.Page page = audit.newestFirst(QueryParameters.idCursor(ctx), limit);
        ObjectNode body = NODES.objectNode();
        ArrayNode entries = body.putArray("entries");
        page.entries().forEach(record -> entries.add(write(record)));
        body.put("next", page.next().map(String::valueOf).orElse(null));
        json.write(ctx, 200, body);
    }

    private static ObjectNode write(AuditRecord record) {
        AuditEntry entry = record.entry();
        ObjectNode node = NODES.objectNode()
                .put("id", String.valueOf(record.id()))
                .put("at", entry.at().toString());
        node.putObject("actor")
                .put("tokenId", entry.actor().tokenId().map(UUID::toString).orElse(null))
                .put("tokenName", entry.actor().tokenName());
        node.put("action", entry.action());
        node.putObject("target")
                .put("type", entry.target().type())
                .put("id", entry.target().id());
        node.set("before", entry.before().map(JsonValues::toNode).orElse(NODES.nullNode()));
        node.set("after", entry.after().map(JsonValues::toNode).orElse(NODES.nullNode()));
        return node;
    }
}
