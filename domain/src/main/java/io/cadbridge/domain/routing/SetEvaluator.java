package io.cadbridge.domain.routing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.directory.QueueIds;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.SetDefinition;
import io.cadbridge.domain.template.PlaceholderScope;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders {@code response.set} against an answer and checks each value: a value that is not valid
 * skips its operation with a reason, it never fails the run.
 */
public final class SetEvaluator {

    private final DirectoryLookup directory;
    private final Optional<ChannelType> channel;

    /** @param channel the conversation's channel; queues must exist on it */
    public SetEvaluator(DirectoryLookup directory, Optional<ChannelType> channel) {
        this.directory = requireNonNull(directory, "directory is null");
        this.channel = requireNonNull(channel, "channel is null");
    }

    public List<SetResult> evaluate(SetDefinition set, PlaceholderScope scope) {
        List<SetResult> results = new ArrayList<>();
        set.priority().ifPresent(priority -> results.add(priority(priority.render(scope))));
        set.queue().ifPresent(queue -> results.add(queue(queue, queue.value().render(scope))));
        set.preferredAgent().ifPresent(agent -> results.add(preferredAgent(agent.render(scope))));
        set.requiredAgents()
                .ifPresent(required -> results.add(requiredAgents(
                        required.agents().render(scope), required.timeout().map(timeout -> timeout.render(scope)))));
        return results;
    }

    private SetResult priority(JsonValue value) {
        return RoutingValues.unsignedInteger(value)
                .<SetResult>map(number -> new SetResult.Applied(new RoutingValue.Priority(number)))
                .orElseGet(() -> rejected(
                        SetOperation.PRIORITY, "expected an unsigned integer, got " + RoutingValues.describe(value)));
    }

    private SetResult queue(SetDefinition.QueueTarget target, JsonValue value) {
        Optional<String> text = RoutingValues.text(value);
        if (text.isEmpty()) {
            return rejected(
                    SetOperation.QUEUE, "expected a queue " + kind(target) + ", got " + RoutingValues.describe(value));
        }
        if (channel.isEmpty()) {
            return rejected(SetOperation.QUEUE, "the conversation's channel is not phone, chat or email");
        }
        Optional<QueueEntry> queue = switch (target) {
            case SetDefinition.QueueTarget.ById byId ->
                QueueIds.canonical(text.get()).flatMap(id -> directory.queueById(id, channel.get()));
            case SetDefinition.QueueTarget.ByAddress byAddress -> directory.queueByAddress(text.get(), channel.get());
        };
        return queue.<SetResult>map(found -> new SetResult.Applied(new RoutingValue.Queue(found)))
                .orElseGet(() -> rejected(
                        SetOperation.QUEUE,
                        "no " + channel.get().wireName() + " queue with " + kind(target) + " \"" + text.get() + "\""));
    }

    private SetResult preferredAgent(JsonValue value) {
        Optional<String> identifier = RoutingValues.agentIdentifier(value);
        if (identifier.isEmpty()) {
            return rejected(
                    SetOperation.PREFERRED_AGENT,
                    "expected an agent's chat address, number or id, got " + RoutingValues.describe(value));
        }
        return directory
                .agent(identifier.get())
                .<SetResult>map(agent -> new SetResult.Applied(new RoutingValue.PreferredAgent(agent)))
                .orElseGet(() -> rejected(
                        SetOperation.PREFERRED_AGENT,
                        "no agent with chat address, number or id \"" + identifier.get() + "\""));
    }

    private SetResult requiredAgents(JsonValue agentsValue, Optional<JsonValue> timeoutValue) {
        List<JsonValue> listed = agentsValue instanceof JsonArray array ? array.elements() : List.of(agentsValue);
        List<AgentEntry> agents = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (JsonValue element : listed) {
            Optional<String> identifier = RoutingValues.agentIdentifier(element);
            Optional<AgentEntry> agent = identifier.flatMap(directory::agent);
            agent.ifPresentOrElse(agents::add, () -> unknown.add(identifier.orElse(RoutingValues.describe(element))));
        }
        if (!unknown.isEmpty() || agents.isEmpty()) {
            return rejected(
                    SetOperation.REQUIRED_AGENTS,
                    agents.isEmpty() && unknown.isEmpty() ? "no agents were given" : "unknown agents " + unknown);
        }
        Optional<Long> seconds = timeoutValue.flatMap(RoutingValues::unsignedInteger);
        if (timeoutValue.isPresent() && !(timeoutValue.get() instanceof JsonNull) && seconds.isEmpty()) {
            return rejected(
                    SetOperation.REQUIRED_AGENTS,
                    "timeout: expected an unsigned number of seconds, got "
                            + RoutingValues.describe(timeoutValue.get()));
        }
        return new SetResult.Applied(new RoutingValue.RequiredAgents(agents, seconds.map(Duration::ofSeconds)));
    }

    private static String kind(SetDefinition.QueueTarget target) {
        return target instanceof SetDefinition.QueueTarget.ById ? "id" : "address";
    }

    private static SetResult rejected(SetOperation operation, String reason) {
        return new SetResult.Rejected(operation, reason);
    }
}
