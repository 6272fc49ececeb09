package io.cadbridge.domain.audit;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonValue;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One change to cadbridge's configuration or data, as the audit log keeps it: when, who (the token's
 * name, and its id unless it was the bootstrap token), what ({@code action} on {@code target}), and
 * the target as it was before and after, as the API shows it — secrets masked, personal data left out.
 */
public record AuditEntry(
        Instant at, Actor actor, String action, Target target, Optional<JsonValue> before, Optional<JsonValue> after) {

    public AuditEntry {
        requireNonNull(at, "at is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(action, "action is null");
        requireNonNull(target, "target is null");
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
        if (action.isBlank()) {
            throw new IllegalArgumentException("an audit entry names its action");
        }
    }

    /** Who acted: the token's id (empty for the bootstrap token, which is not stored) and its name. */
    public record Actor(Optional<UUID> tokenId, String tokenName) {
        public Actor {
            requireNonNull(tokenId, "tokenId is null");
            requireNonNull(tokenName, "tokenName is null");
        }
    }

    /** What was acted on: a kind ({@code integration}, {@code token}, {@code channel}, …) and its id. */
    public record Target(String type, String id) {
        public Target {
            requireNonNull(type, "type is null");
            requireNonNull(id, "id is null");
        }
    }
}
