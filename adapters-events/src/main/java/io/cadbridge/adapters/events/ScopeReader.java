package io.cadbridge.adapters.events;

import io.cadbridge.domain.integration.Scope;
import io.cadbridge.domain.validation.JsonPointer;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code "scope"}. Without it an integration serves every conversation ({@link #DEFAULT}). Inside it,
 * {@code directConversations} must be said explicitly: guessing it for {@code {"queues": ["sales"]}}
 * would silently widen or narrow what the integration runs for.
 */
final class ScopeReader {

    /** Without a scope an integration serves every conversation: direct ones and those of every queue. */
    static final Scope DEFAULT = new Scope(true, List.of(Scope.ALL_QUEUES));

    private static final Set<String> FIELDS = Set.of("directConversations", "queues");

    private ScopeReader() {}

    static Optional<Scope> read(JsonFields integration) {
        if (integration.optional("scope").isEmpty()) {
            return Optional.of(DEFAULT);
        }
        return integration.optionalObject("scope").flatMap(scope -> {
            scope.rejectUnknown(FIELDS);
            Optional<Boolean> direct = scope.optionalBoolean("directConversations");
            if (scope.optional("directConversations").isEmpty()) {
                scope.problem(scope.pointerTo("directConversations"), "is required: true or false");
            }
            List<String> queues = scope.optionalTextArray("queues").orElse(List.of());
            for (int i = 0; i < queues.size(); i++) {
                if (queues.get(i).isBlank()) {
                    scope.problem(
                            JsonPointer.child(scope.pointerTo("queues"), i), "must name a queue by its id or address");
                }
            }
            return direct.map(directConversations -> new Scope(directConversations, queues));
        });
    }
}
