package io.cadbridge.domain.directory;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An agent of the contact center. {@code set.preferredAgent} and {@code set.requiredAgents} name an
 * agent by id, extension number or chat address.
 */
public record AgentEntry(String id, Optional<String> number, Optional<String> chatAddress, String name) {

    public AgentEntry {
        requireNonNull(id, "id is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an agent id is not blank");
        }
        requireNonNull(number, "number is null");
        requireNonNull(chatAddress, "chatAddress is null");
        name = name == null ? "" : name;
    }

    /** True when {@code identifier} is this agent's id (UUIDs in any case, hyphens ignored), number or chat address. */
    public boolean isIdentifiedBy(String identifier) {
        String wanted = identifier.trim();
        boolean byId = id.equalsIgnoreCase(wanted)
                || QueueIds.canonical(id).isPresent() && QueueIds.canonical(id).equals(QueueIds.canonical(wanted));
        return byId
                || number.filter(wanted::equals).isPresent()
                || chatAddress.filter(wanted::equalsIgnoreCase).isPresent();
    }
}
