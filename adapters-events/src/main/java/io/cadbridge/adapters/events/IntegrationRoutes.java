package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase.CreateIntegrationCommand;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase.ReplaceIntegrationCommand;
import io.cadbridge.application.port.in.SaveOutcome;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.validation.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;

/** {@code /v1/integrations}: administrators define, read, change and remove integrations. */
final class IntegrationRoutes implements ApiRoutes {

    static final String COLLECTION = "/v1/integrations";

    private final ManageIntegrationsUseCase integrations;
    private final JsonBodies json;
    private final Audit audit;
    private final IntegrationRequestReader reader = new IntegrationRequestReader();
    private final IntegrationWriter writer = new IntegrationWriter();

    @Inject
    IntegrationRoutes(ManageIntegrationsUseCase integrations, JsonBodies json, Audit audit) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.json = requireNonNull(json, "json is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(COLLECTION, this::create, Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.get(
                COLLECTION,
                ctx -> json.write(ctx, 200, writer.writeAll(integrations.list())),
                Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.get(COLLECTION + "/{id}", this::read, Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.put(COLLECTION + "/{id}", this::replace, Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.delete(COLLECTION + "/{id}", this::delete, Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void create(Context ctx) {
        IntegrationRequest request = reader.read(json.read(ctx));
        answer(
                ctx,
                integrations.create(new CreateIntegrationCommand(request.draft(), request.secrets())),
                Optional.empty());
    }

    private void read(Context ctx) {
        IntegrationId id = PathParameters.integrationId(ctx);
        json.write(ctx, 200, writer.write(integrations.find(id).orElseThrow(() -> PathParameters.noIntegration(id))));
    }

    private void replace(Context ctx) {
        IntegrationId id = PathParameters.integrationId(ctx);
        IntegrationRequest request = reader.read(json.read(ctx));
        Optional<JsonNode> before = integrations.find(id).map(writer::write);
        answer(
                ctx,
                integrations.replace(new ReplaceIntegrationCommand(id, request.draft(), request.secrets())),
                before);
    }

    private void delete(Context ctx) {
        IntegrationId id = PathParameters.integrationId(ctx);
        Optional<JsonNode> before = integrations.find(id).map(writer::write);
        if (!integrations.delete(id)) {
            throw PathParameters.noIntegration(id);
        }
        audit.record(ctx, "integration.deleted", target(id), before, Optional.empty());
        ctx.status(204);
    }

    private static Target target(IntegrationId id) {
        return new Target("integration", id.toString());
    }

    /** @param before the integration as it was, for the audit log; empty when it is new */
    private void answer(Context ctx, SaveOutcome outcome, Optional<JsonNode> before) {
        switch (outcome) {
            case SaveOutcome.Saved saved -> {
                audit.record(
                        ctx,
                        saved.created() ? "integration.created" : "integration.replaced",
                        target(saved.integration().id()),
                        before,
                        Optional.of(writer.write(saved.integration())));
                if (saved.created()) {
                    ctx.header(
                            "Location", COLLECTION + "/" + saved.integration().id());
                }
                ObjectNode body = writer.write(saved.integration());
                // Saved, but what will not work as written is said now, not at the first event.
                if (!saved.warnings().isEmpty()) {
                    ArrayNode warnings = body.putArray("warnings");
                    saved.warnings()
                            .forEach(warning -> warnings.addObject()
                                    .put("pointer", warning.pointer())
                                    .put("message", warning.message()));
                }
                json.write(ctx, saved.created() ? 201 : 200, body);
            }
            case SaveOutcome.NotFound notFound -> throw PathParameters.noIntegration(notFound.id());
            case SaveOutcome.Invalid invalid -> throw new ValidationException(invalid.problems());
        }
    }
}
