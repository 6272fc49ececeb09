package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.EraseDataUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.erasure.ErasureCriterion;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Erasure on request (GDPR): {@code DELETE /v1/conversations/{id}} erases one conversation;
 * {@code POST /v1/erasures} with {@code {"contactSource": "+358…"}} or {@code {"key": …, "value": …}}
 * erases every matching conversation and answers how many. A request that fails validation erases
 * nothing.
 */
final class ErasureRoutes implements ApiRoutes {

    private static final String SOURCE = "contactSource";
    private static final String KEY = "key";
    private static final String VALUE = "value";

    private final EraseDataUseCase erasures;
    private final JsonBodies json;
    private final Audit audit;

    @Inject
    ErasureRoutes(EraseDataUseCase erasures, JsonBodies json, Audit audit) {
        this.audit = requireNonNull(audit, "audit is null");
        this.erasures = requireNonNull(erasures, "erasures is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.delete("/v1/conversations/{id}", this::eraseConversation, Access.needs(Scope.ADMIN));
        routes.post("/v1/erasures", this::erase, Access.needs(Scope.ADMIN));
    }

    private void eraseConversation(Context ctx) {
        ConversationId id = PathParameters.conversationId(ctx, "id");
        if (!erasures.eraseConversation(id)) {
            throw new ApiException(ApiError.NOT_FOUND, "no conversation \"" + id.value() + "\" is known");
        }
        audit.record(
                ctx, "conversation.erased", new Target("conversation", id.value()), Optional.empty(), Optional.empty());
        ctx.status(204);
    }

    private void erase(Context ctx) {
        ErasureCriterion criterion = criterion(json.read(ctx));
        int erased = erasures.erase(criterion);
        // Whose data it was is personal data itself: the log says how it was asked for, never the value.
        ObjectNode done = JsonNodeFactory.instance
                .objectNode()
                .put("by", criterion.kind())
                .put("erasedConversations", erased);
        audit.record(
                ctx, "erasure.requested", new Target("erasure", criterion.kind()), Optional.empty(), Optional.of(done));
        json.write(ctx, 200, JsonNodeFactory.instance.objectNode().put("erasedConversations", erased));
    }

    private static ErasureCriterion criterion(JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        fields.rejectUnknown(Set.of(SOURCE, KEY, VALUE));
        Optional<String> source = fields.optionalText(SOURCE);
        Optional<String> key = fields.optionalText(KEY);
        Optional<String> value = fields.optionalText(VALUE);
        source.filter(String::isBlank)
                .ifPresent(blank -> fields.problem(fields.pointerTo(SOURCE), "must not be blank"));
        key.filter(String::isBlank).ifPresent(blank -> fields.problem(fields.pointerTo(KEY), "must not be blank"));
        if (source.isPresent() && (key.isPresent() || value.isPresent())) {
            fields.problem(fields.pointerTo(SOURCE), "give either contactSource, or key and value, not both");
        } else if (source.isEmpty() && key.isEmpty() && value.isEmpty()) {
            fields.problem("", "say whose data to erase: {\"contactSource\": \"+358…\"} or {\"key\": …, \"value\": …}");
        } else if (source.isEmpty() && key.isEmpty()) {
            fields.problem(
                    fields.pointerTo(KEY), "is required with value: the statistics key the value was kept under");
        } else if (source.isEmpty() && value.isEmpty()) {
            fields.problem(fields.pointerTo(VALUE), "is required with key: the kept value to erase");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return source.<ErasureCriterion>map(ErasureCriterion.ContactSource::new)
                .orElseGet(() -> new ErasureCriterion.KeptValue(key.orElseThrow(), value.orElseThrow()));
    }
}
