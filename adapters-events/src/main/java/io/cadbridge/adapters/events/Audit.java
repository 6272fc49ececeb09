package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.application.administration.TokenService;
import io.cadbridge.application.port.in.AuditUseCase;
import io.cadbridge.application.port.in.AuditUseCase.Change;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.audit.AuditEntry.Actor;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.support.jackson.JsonValues;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a change made through the API in the audit log once it is made, with the request's token as
 * who and the target before and after as the API shows it: the routes' writers never show a secret,
 * and a route leaves out personal data (an erasure's criterion) itself.
 */
final class Audit {

    private final AuditUseCase audit;

    @Inject
    Audit(AuditUseCase audit) {
        this.audit = requireNonNull(audit, "audit is null");
    }

    void record(Context ctx, String action, Target target, Optional<JsonNode> before, Optional<JsonNode> after) {
        ApiToken caller = TokenCheck.caller(ctx);
        Optional<UUID> tokenId =
                caller.id().equals(TokenService.BOOTSTRAP_ID) ? Optional.empty() : Optional.of(caller.id());
        audit.record(new Change(
                new Actor(tokenId, caller.name()),
                action,
                target,
                before.map(JsonValues::fromNode),
                after.map(JsonValues::fromNode)));
    }
}
