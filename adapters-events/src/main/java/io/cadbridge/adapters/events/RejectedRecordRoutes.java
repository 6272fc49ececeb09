package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ReadRejectedRecordsUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.ingestion.RejectedRecord;
import io.cadbridge.domain.ingestion.Rejection;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;

/**
 * {@code GET /v1/ingestion/rejected}: the Kafka records that held no event (ADR 0030), newest first,
 * a page of {@code limit} (default 100, at most 500) at a time; {@code next} is the {@code cursor} of
 * the page after, {@code null} on the last. Needs {@code integrations:write}, the scope of whoever
 * reads the runs and fixes what feeds them.
 */
final class RejectedRecordRoutes implements ApiRoutes {

    static final String PATH = "/v1/ingestion/rejected";
    private static final int DEFAULT_LIMIT = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ReadRejectedRecordsUseCase rejected;
    private final JsonBodies json;

    @Inject
    RejectedRecordRoutes(ReadRejectedRecordsUseCase rejected, JsonBodies json) {
        this.rejected = requireNonNull(rejected, "rejected is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::read, Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void read(Context ctx) {
        int limit = QueryParameters.limit(ctx, DEFAULT_LIMIT, ReadRejectedRecordsUseCase.MAX_LIMIT);
        ReadRejectedRecordsUseCase.Page page = rejected.newestFirst(QueryParameters.idCursor(ctx), limit);
        ObjectNode body = NODES.objectNode();
        ArrayNode records = body.putArray("records");
        page.rejections().forEach(rejection -> records.add(write(rejection)));
        body.put("next", page.next().map(String::valueOf).orElse(null));
        json.write(ctx, 200, body);
    }

    private static ObjectNode write(Rejection rejection) {
        RejectedRecord record = rejection.record();
        ObjectNode node = NODES.objectNode()
                .put("id", String.valueOf(rejection.id()))
                .put("rejectedAt", rejection.at().toString())
                .put("topic", record.stream())
                .put("partition", record.partition())
                .put("offset", record.offset())
                .put("key", record.key().orElse(null))
                .put("value", record.value().orElse(null))
                .put("valueTruncated", record.valueTruncated());
        ArrayNode problems = node.putArray("problems");
        record.problems()
                .forEach(problem ->
                        problems.addObject().put("pointer", problem.pointer()).put("message", problem.message()));
        return node;
    }
}
