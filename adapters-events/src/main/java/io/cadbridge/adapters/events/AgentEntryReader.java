package io.cadbridge.adapters.events;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueIds;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** One agent of {@code PUT /v1/directory/agents}: an id, and optionally a number, a chat address and a name. */
final class AgentEntryReader implements DirectoryBodyReader.EntryReader<AgentEntry> {

    private static final Set<String> FIELDS = Set.of("id", "number", "chatAddress", "name");

    /** Agent ids compare like {@link AgentEntry#isIdentifiedBy}: UUIDs in any spelling, other ids in any case. */
    static Optional<String> idKey(String id) {
        if (id.isBlank()) {
            return Optional.empty();
        }
        return QueueIds.canonical(id).or(() -> Optional.of(id.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<AgentEntry> read(JsonFields agent) {
        agent.rejectUnknown(FIELDS);
        Optional<String> id = agent.requiredText("id")
                .filter(text -> DirectoryTexts.isIdentifier(text, agent.pointerTo("id"), agent));
        Optional<String> number = optionalIdentifier(agent, "number");
        Optional<String> chatAddress = optionalIdentifier(agent, "chatAddress");
        String name = agent.optionalText("name").orElse("");
        return id.map(agentId -> new AgentEntry(agentId, number, chatAddress, name));
    }

    private static Optional<String> optionalIdentifier(JsonFields agent, String name) {
        return agent.optionalText(name).filter(text -> DirectoryTexts.isIdentifier(text, agent.pointerTo(name), agent));
    }
}
