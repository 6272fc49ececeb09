package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ManageTokensUseCase;
import io.cadbridge.application.port.in.ManageTokensUseCase.CreatedToken;
import io.cadbridge.application.port.in.ManageTokensUseCase.NewToken;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * API tokens (administrators only): {@code POST /v1/tokens} with {@code {"name", "scopes",
 * "expiresAt"?}} answers {@code 201} with the secret as {@code token}, the only time it is shown;
 * {@code GET /v1/tokens} lists them without secrets; {@code DELETE /v1/tokens/{id}} revokes one. A sender's signing secrets are
 * {@link SigningSecretRoutes}'.
 */
final class TokenRoutes implements ApiRoutes {

    static final String COLLECTION = "/v1/tokens";
    private static final String NAME = "name";
    private static final String SCOPES = "scopes";
    private static final String EXPIRES_AT = "expiresAt";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ManageTokensUseCase tokens;
    private final JsonBodies json;
    private final Clock clock;
    private final Audit audit;

    @Inject
    TokenRoutes(ManageTokensUseCase tokens, JsonBodies json, Clock clock, Audit audit) {
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.json = requireNonNull(json, "json is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(COLLECTION, this::create, Access.needs(Scope.ADMIN));
        routes.get(COLLECTION, this::list, Access.needs(Scope.ADMIN));
        routes.delete(COLLECTION + "/{id}", this::revoke, Access.needs(Scope.ADMIN));
    }

    /** The token as the API shows it (never a secret, only how many signing secrets), for the audit log. */
    static Optional<JsonNode> current(ManageTokensUseCase tokens, UUID id) {
        return tokens.list().stream()
                .filter(token -> token.id().equals(id))
                .findFirst()
                .map(TokenRoutes::write);
    }

    static Target target(UUID id) {
        return new Target("token", id.toString());
    }

    private void create(Context ctx) {
        CreatedToken created = tokens.create(newToken(json.read(ctx)));
        audit.record(
                ctx,
                "token.created",
                target(created.token().id()),
                Optional.empty(),
                Optional.of(write(created.token())));
        ctx.header("Location", COLLECTION + "/" + created.token().id());
        json.write(
                ctx, 201, write(created.token()).put("token", created.secret().value()));
    }

    private void list(Context ctx) {
        ArrayNode list = NODES.arrayNode();
        tokens.list().forEach(token -> list.add(write(token)));
        json.write(ctx, 200, NODES.objectNode().set("tokens", list));
    }

    private void revoke(Context ctx) {
        UUID id = tokenId(ctx);
        Optional<JsonNode> before = current(tokens, id);
        if (!tokens.revoke(id)) {
            throw new ApiException(ApiError.NOT_FOUND, "no token " + id + " is known");
        }
        audit.record(ctx, "token.revoked", target(id), before, Optional.empty());
        ctx.status(204);
    }

    private NewToken newToken(JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        fields.rejectUnknown(Set.of(NAME, SCOPES, EXPIRES_AT));
        Optional<String> name = fields.requiredText(NAME);
        name.filter(text -> text.isBlank() || text.length() > ApiToken.MAX_NAME_LENGTH)
                .ifPresent(text -> fields.problem(
                        fields.pointerTo(NAME), "must be 1 to " + ApiToken.MAX_NAME_LENGTH + " characters"));
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (fields.isAbsent(SCOPES)) {
            fields.problem(fields.pointerTo(SCOPES), "is required: one or more of " + scopeNames());
        }
        fields.optionalTextArray(SCOPES).ifPresent(texts -> {
            if (texts.isEmpty()) {
                fields.problem(fields.pointerTo(SCOPES), "must hold at least one of " + scopeNames());
            }
            for (int i = 0; i < texts.size(); i++) {
                String at = fields.pointerTo(SCOPES) + "/" + i;
                String text = texts.get(i);
                Scope.parse(text)
                        .ifPresentOrElse(
                                scopes::add,
                                () -> fields.problem(at, "unknown scope \"" + text + "\"; one of " + scopeNames()));
            }
        });
        Optional<Instant> expiresAt = fields.optionalText(EXPIRES_AT)
                .flatMap(text -> Timestamps.parse(text, fields.pointerTo(EXPIRES_AT), fields));
        expiresAt
                .filter(expiry -> !expiry.isAfter(clock.instant()))
                .ifPresent(expiry -> fields.problem(fields.pointerTo(EXPIRES_AT), "must be in the future"));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new NewToken(name.orElseThrow(), scopes, expiresAt);
    }

    static ObjectNode write(ApiToken token) {
        ObjectNode node = NODES.objectNode().put("id", token.id().toString()).put("name", token.name());
        ArrayNode scopes = node.putArray("scopes");
        token.scopes().forEach(scope -> scopes.add(scope.wireName()));
        node.put("createdAt", token.createdAt().toString());
        node.put("expiresAt", token.expiresAt().map(Instant::toString).orElse(null));
        node.put("lastUsedAt", token.lastUsedAt().map(Instant::toString).orElse(null));
        // How many signing secrets are accepted, never the secrets.
        node.set(
                "signing",
                token.signing()
                        .<JsonNode>map(secrets ->
                                NODES.objectNode().put("secrets", secrets.all().size()))
                        .orElse(NODES.nullNode()));
        return node;
    }

    private static String scopeNames() {
        return Arrays.stream(Scope.values()).map(Scope::wireName).collect(Collectors.joining(", "));
    }

    /** An id that is not a UUID names no token: 404, like an unknown one (see {@link PathParameters}). */
    static UUID tokenId(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiError.NOT_FOUND, "no token " + text + " is known");
        }
    }
}
