package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cadbridge.application.port.in.ManageTokensUseCase;
import io.cadbridge.application.port.in.ManageTokensUseCase.SigningChange;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.SigningSecret;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A sender's signing secrets (administrators only): {@code POST /v1/tokens/{id}/signing-secrets} (with
 * {@code {"secret": "whsec_…"}} or nothing, to have one generated) adds the current one, keeping the one
 * before accepted until {@code DELETE …/signing-secrets/previous}; {@code DELETE …/signing-secrets}
 * stops signing. Each change is in the audit log with the token before and after.
 */
final class SigningSecretRoutes implements ApiRoutes {

    private static final String SIGNING_SECRETS = TokenRoutes.COLLECTION + "/{id}/signing-secrets";
    private static final String SECRET = "secret";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManageTokensUseCase tokens;
    private final JsonBodies json;
    private final Audit audit;

    @Inject
    SigningSecretRoutes(ManageTokensUseCase tokens, JsonBodies json, Audit audit) {
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.json = requireNonNull(json, "json is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(SIGNING_SECRETS, this::addSigningSecret, Access.needs(Scope.ADMIN));
        routes.delete(SIGNING_SECRETS + "/previous", this::removePreviousSigningSecret, Access.needs(Scope.ADMIN));
        routes.delete(SIGNING_SECRETS, this::removeSigningSecrets, Access.needs(Scope.ADMIN));
    }

    private void addSigningSecret(Context ctx) {
        UUID id = TokenRoutes.tokenId(ctx);
        Optional<SigningSecret> given = ctx.body().isBlank() ? Optional.empty() : givenSecret(json.read(ctx));
        Optional<JsonNode> before = TokenRoutes.current(tokens, id);
        SigningChange change = tokens.addSigningSecret(id, given);
        if (!(change instanceof SigningChange.Added added)) {
            throw refusal(id, change);
        }
        audit.record(
                ctx, "token.signing-secret.added", TokenRoutes.target(id), before, TokenRoutes.current(tokens, id));
        json.write(
                ctx, 201, NODES.objectNode().put(SECRET, added.secret().value()).put("secrets", added.secrets()));
    }

    private void removePreviousSigningSecret(Context ctx) {
        UUID id = TokenRoutes.tokenId(ctx);
        Optional<JsonNode> before = TokenRoutes.current(tokens, id);
        answerRemoved(id, tokens.removePreviousSigningSecret(id), "no previous signing secret", ctx);
        audit.record(
                ctx,
                "token.previous-signing-secret.removed",
                TokenRoutes.target(id),
                before,
                TokenRoutes.current(tokens, id));
    }

    private void removeSigningSecrets(Context ctx) {
        UUID id = TokenRoutes.tokenId(ctx);
        Optional<JsonNode> before = TokenRoutes.current(tokens, id);
        answerRemoved(id, tokens.removeSigningSecrets(id), "no signing secret", ctx);
        audit.record(
                ctx, "token.signing-secret.removed", TokenRoutes.target(id), before, TokenRoutes.current(tokens, id));
    }

    private static void answerRemoved(UUID id, SigningChange change, String nothing, Context ctx) {
        if (change instanceof SigningChange.NothingToRemove none) {
            throw new ApiException(
                    ApiError.NOT_FOUND, "the token '" + none.token().name() + "' has " + nothing);
        }
        if (!(change instanceof SigningChange.Removed)) {
            throw refusal(id, change);
        }
        ctx.status(204);
    }

    private static RuntimeException refusal(UUID id, SigningChange change) {
        return switch (change) {
            case SigningChange.UnknownToken unknown ->
                new ApiException(ApiError.NOT_FOUND, "no token " + id + " is known");
            case SigningChange.CannotSendEvents cannot ->
                new ApiException(
                        ApiError.CONFLICT,
                        "the token '" + cannot.token().name() + "' cannot send events (it lacks the scope '"
                                + Scope.EVENTS_WRITE.wireName() + "'): only an event sender signs what it sends");
            default -> new IllegalStateException("not a refusal: " + change);
        };
    }

    private Optional<SigningSecret> givenSecret(JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        fields.rejectUnknown(Set.of(SECRET));
        Optional<SigningSecret> secret = fields.optionalText(SECRET).flatMap(text -> {
            try {
                return Optional.of(new SigningSecret(text));
            } catch (IllegalArgumentException e) {
                // The message describes the format, never the value.
                fields.problem(fields.pointerTo(SECRET), "must be " + SigningSecret.FORMAT);
                return Optional.empty();
            }
        });
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return secret;
    }
}
