package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.Directory;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.directory.QueueIds;
import io.cadbridge.domain.integration.ChannelType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

public final class InMemoryDirectory implements Directory {

    private final Map<String, QueueEntry> queues = new TreeMap<>();
    /** Keyed like the real adapter: the canonical UUID, or the id in lower case when it is no UUID. */
    private final Map<String, AgentEntry> agents = new TreeMap<>();

    @Override
    public synchronized void upsertQueues(List<QueueEntry> newQueues) {
        newQueues.forEach(queue -> queues.put(queue.id(), queue));
    }

    @Override
    public synchronized void upsertAgents(List<AgentEntry> newAgents) {
        newAgents.forEach(agent -> agents.put(agentKey(agent.id()), agent));
    }

    @Override
    public synchronized List<QueueEntry> queues() {
        return List.copyOf(queues.values());
    }

    @Override
    public synchronized List<AgentEntry> agents() {
        return agents.values().stream()
                .sorted(Comparator.comparing(AgentEntry::id))
                .toList();
    }

    @Override
    public synchronized Optional<QueueEntry> queueById(String id, ChannelType channel) {
        return QueueIds.canonical(id).map(queues::get).filter(queue -> queue.channelType() == channel);
    }

    @Override
    public synchronized Optional<QueueEntry> queueByAddress(String address, ChannelType channel) {
        return queues.values().stream()
                .filter(queue -> queue.channelType() == channel && queue.hasAddress(address))
                .findFirst();
    }

    /** An id match wins over a number match, which wins over a chat address match. */
    @Override
    public synchronized Optional<AgentEntry> agent(String identifier) {
        String wanted = identifier.trim();
        return Optional.ofNullable(agents.get(agentKey(wanted)))
                .or(() -> firstAgent(
                        agent -> agent.number().filter(wanted::equals).isPresent()))
                .or(() -> firstAgent(agent ->
                        agent.chatAddress().filter(wanted::equalsIgnoreCase).isPresent()));
    }

    private Optional<AgentEntry> firstAgent(Predicate<AgentEntry> matches) {
        return agents().stream().filter(matches).findFirst();
    }

    private static String agentKey(String id) {
        return QueueIds.canonical(id).orElseGet(() -> id.toLowerCase(Locale.ROOT));
    }
}
