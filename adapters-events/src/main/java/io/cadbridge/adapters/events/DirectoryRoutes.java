package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.directory.QueueIds;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /v1/directory/queues} and {@code /v1/directory/agents}: the contact center's queues and agents.
 * A PUT inserts or replaces the entries it names and answers with the whole list.
 */
final class DirectoryRoutes implements ApiRoutes {

    static final String QUEUES = "/v1/directory/queues";
    static final String AGENTS = "/v1/directory/agents";

    private final ManageDirectoryUseCase directory;
    private final JsonBodies json;
    private final Audit audit;
    private final DirectoryBodyReader<QueueEntry> queueReader =
            new DirectoryBodyReader<>("queues", new QueueEntryReader(), QueueIds::canonical);
    private final DirectoryBodyReader<AgentEntry> agentReader =
            new DirectoryBodyReader<>("agents", new AgentEntryReader(), AgentEntryReader::idKey);
    private final DirectoryWriter writer = new DirectoryWriter();

    @Inject
    DirectoryRoutes(ManageDirectoryUseCase directory, JsonBodies json, Audit audit) {
        this.audit = requireNonNull(audit, "audit is null");
        this.directory = requireNonNull(directory, "directory is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                QUEUES,
                ctx -> json.write(ctx, 200, writer.queues(directory.queues())),
                Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.put(QUEUES, this::upsertQueues, Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.get(
                AGENTS,
                ctx -> json.write(ctx, 200, writer.agents(directory.agents())),
                Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.put(AGENTS, this::upsertAgents, Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void upsertQueues(Context ctx) {
        List<QueueEntry> queues = queueReader.read(json.read(ctx));
        Set<String> ids = queues.stream().map(QueueEntry::id).collect(Collectors.toSet());
        List<QueueEntry> before = directory.queues().stream()
                .filter(queue -> ids.contains(queue.id()))
                .toList();
        directory.upsertQueues(queues);
        audit.record(
                ctx,
                "directory.queues.upserted",
                new Target("directory", "queues"),
                Optional.of(writer.queues(before)),
                Optional.of(writer.queues(queues)));
        json.write(ctx, 200, writer.queues(directory.queues()));
    }

    private void upsertAgents(Context ctx) {
        List<AgentEntry> agents = agentReader.read(json.read(ctx));
        Set<String> ids = agents.stream().map(AgentEntry::id).collect(Collectors.toSet());
        List<AgentEntry> before = directory.agents().stream()
                .filter(agent -> ids.contains(agent.id()))
                .toList();
        directory.upsertAgents(agents);
        audit.record(
                ctx,
                "directory.agents.upserted",
                new Target("directory", "agents"),
                Optional.of(writer.agents(before)),
                Optional.of(writer.agents(agents)));
        json.write(ctx, 200, writer.agents(directory.agents()));
    }
}
