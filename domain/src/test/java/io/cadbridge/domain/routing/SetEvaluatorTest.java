package io.cadbridge.domain.routing;

import static io.cadbridge.domain.testing.Json.arr;
import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.IntegrationConfiguration;
import io.cadbridge.domain.integration.SetDefinition;
import io.cadbridge.domain.template.PlaceholderScope;
import io.cadbridge.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetEvaluatorTest {

    private static final String QUEUE_ID = "C9177D585DA5EE11B3ED58961D1810CC";
    private final AgentEntry anna = new AgentEntry(
            "7D1A1C0E-56B1-4A5C-9F21-1B2B3C4D5E6F", Optional.of("+3581001"), Optional.of("anna@acme.com"), "Anna");
    private final QueueEntry sales =
            new QueueEntry(QUEUE_ID, ChannelType.CHAT, List.of("chat.queue@acme.com"), "Chat sales");
    private final DirectoryLookup directory = new DirectoryLookup() {
        @Override
        public Optional<QueueEntry> queueById(String id, ChannelType channel) {
            return Optional.of(sales).filter(queue -> queue.id().equals(id) && queue.channelType() == channel);
        }

        @Override
        public Optional<QueueEntry> queueByAddress(String address, ChannelType channel) {
            return Optional.of(sales).filter(queue -> queue.hasAddress(address) && queue.channelType() == channel);
        }

        @Override
        public Optional<AgentEntry> agent(String identifier) {
            return Optional.of(anna).filter(agent -> agent.isIdentifiedBy(identifier));
        }
    };

    @Test
    void aPriorityIsAnUnsignedIntegerOrConvertibleToOne() {
        assertThat(evaluate(obj("priority", "{response.body.p}"), obj("p", "100")))
                .containsExactly(applied(new RoutingValue.Priority(100)));
        assertThat(evaluate(obj("priority", "{response.body.p}"), obj("p", 7)))
                .containsExactly(applied(new RoutingValue.Priority(7)));
        assertThat(evaluate(obj("priority", 20), obj())).containsExactly(applied(new RoutingValue.Priority(20)));
        assertThat(evaluate(obj("priority", "{response.body.p}"), obj("p", -1)))
                .singleElement()
                .isInstanceOf(SetResult.Rejected.class);
        assertThat(evaluate(obj("priority", "{response.body.p}"), obj("p", "high")))
                .singleElement()
                .satisfies(result -> assertThat(((SetResult.Rejected) result).reason())
                        .contains("unsigned integer")
                        .contains("high"));
    }

    @Test
    void aQueueIdMatchesInAnyCaseWithOrWithoutHyphensOnTheConversationsChannel() {
        JsonObject set = obj("queue", obj("id", "{response.body.queue.id}"));

        assertThat(evaluate(set, obj("queue", obj("id", "c9177d58-5da5-ee11-b3ed-58961d1810cc"))))
                .containsExactly(applied(new RoutingValue.Queue(sales)));
        assertThat(new SetEvaluator(directory, Optional.of(ChannelType.PHONE))
                        .evaluate(set(set), scope(obj("queue", obj("id", QUEUE_ID)))))
                .singleElement()
                .satisfies(result ->
                        assertThat(((SetResult.Rejected) result).reason()).contains("no phone queue"));
        assertThat(evaluate(set, obj("queue", obj("id", "not-a-uuid"))))
                .singleElement()
                .isInstanceOf(SetResult.Rejected.class);
    }

    @Test
    void aQueueAddressMatchesInAnyCase() {
        assertThat(evaluate(obj("queue", obj("address", "{response.body.q}")), obj("q", "Chat.Queue@ACME.com")))
                .containsExactly(applied(new RoutingValue.Queue(sales)));
    }

    @Test
    void agentsAreNamedByChatAddressNumberOrId() {
        assertThat(evaluate(obj("preferredAgent", "{response.body.agent}"), obj("agent", "anna@acme.com")))
                .containsExactly(applied(new RoutingValue.PreferredAgent(anna)));
        assertThat(evaluate(obj("preferredAgent", "{response.body.agent}"), obj("agent", "+3581001")))
                .containsExactly(applied(new RoutingValue.PreferredAgent(anna)));
        assertThat(evaluate(
                        obj("preferredAgent", "{response.body.agent}"),
                        obj("agent", "7d1a1c0e56b14a5c9f211b2b3c4d5e6f")))
                .containsExactly(applied(new RoutingValue.PreferredAgent(anna)));
        assertThat(evaluate(obj("preferredAgent", "{response.body.agent}"), obj("agent", "nobody@acme.com")))
                .singleElement()
                .satisfies(result ->
                        assertThat(((SetResult.Rejected) result).reason()).contains("nobody@acme.com"));
    }

    @Test
    void requiredAgentsNeedEveryAgentKnownAndATimeoutInSeconds() {
        JsonObject set = obj(
                "requiredAgents", obj("agents", "{response.body.r.agents}", "timeout", "{response.body.r.timeout}"));

        assertThat(evaluate(set, obj("r", obj("agents", arr("anna@acme.com"), "timeout", "120"))))
                .containsExactly(
                        applied(new RoutingValue.RequiredAgents(List.of(anna), Optional.of(Duration.ofSeconds(120)))));
        assertThat(evaluate(set, obj("r", obj("agents", arr("anna@acme.com", "ghost@acme.com"), "timeout", 5))))
                .singleElement()
                .satisfies(result ->
                        assertThat(((SetResult.Rejected) result).reason()).contains("ghost@acme.com"));
        assertThat(evaluate(set, obj("r", obj("agents", arr("anna@acme.com"), "timeout", "soon"))))
                .singleElement()
                .isInstanceOf(SetResult.Rejected.class);
    }

    @Test
    void theFirstIntegrationThatSetsAnOperationWins() {
        RoutingDecision decision = RoutingDecision.NONE
                .withFirstOf(List.of(
                        new SetResult.Rejected(SetOperation.PRIORITY, "bad"), applied(new RoutingValue.Queue(sales))))
                .withFirstOf(List.of(applied(new RoutingValue.Priority(5)), applied(new RoutingValue.Queue(sales))));

        assertThat(decision.get(SetOperation.PRIORITY)).contains(new RoutingValue.Priority(5));
        assertThat(decision.values()).hasSize(2);
    }

    private List<SetResult> evaluate(JsonObject set, JsonObject body) {
        return new SetEvaluator(directory, Optional.of(ChannelType.CHAT)).evaluate(set(set), scope(body));
    }

    private static SetDefinition set(JsonObject set) {
        return IntegrationConfiguration.compile(obj("request", obj("method", "GET"), "response", obj("set", set)), "")
                .response()
                .set()
                .orElseThrow();
    }

    private static PlaceholderScope scope(JsonObject body) {
        return new PlaceholderScope(obj("response", obj("body", body)));
    }

    private static SetResult applied(RoutingValue value) {
        return new SetResult.Applied(value);
    }
}
