package io.cadbridge.application.processing;

import static io.cadbridge.domain.testing.Json.arr;
import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.ProcessEventUseCase;
import io.cadbridge.application.port.in.ProcessEventUseCase.ProcessEventCommand;
import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.conversation.QueueRef;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.domain.routing.RoutingValue;
import io.cadbridge.domain.routing.SetOperation;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.testing.Seed;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ProcessEventServiceTest {

    private static final String QUEUE_ID = "C9177D585DA5EE11B3ED58961D1810CC";

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private final InMemoryWorld world = new InMemoryWorld(Clock.fixed(NOW, ZoneOffset.UTC));
    private final ProcessEventUseCase service = world.processEvent();

    @Test
    void theSeedAttachesTheCustomerFoundByPhoneNumberAfterTheAnswer() {
        world.integrations.save(Seed.integration("https://crm.example/customers"));
        world.crm.respond(json(200, Seed.crmAnswer()));

        EventOutcome.Accepted outcome = accepted(Seed.inboundCallReceived("e-1", "c-1"));
        assertThat(outcome.pending()).hasSize(1);
        assertThat(world.crm.requests()).as("nothing runs before the answer").isEmpty();
        world.runBackgroundWork();

        assertThat(attached("c-1", "customer_data"))
                .isEqualTo(obj(
                        "id",
                        "C-1001",
                        "firstname",
                        "Aino",
                        "lastname",
                        "Virtanen",
                        "company",
                        "Acme Oy",
                        "jobtitle",
                        "Buyer",
                        "lastticket",
                        "T-3"));
        assertThat(world.crm.requests())
                .singleElement()
                .satisfies(request -> assertThat(request.queryParameters()).containsEntry("phone", "+358401234567"));
        assertThat(world.runLog.recentRuns(outcome.pending().getFirst(), 10))
                .extracting(Run::status)
                .containsExactly(RunStatus.SUCCEEDED);
    }

    @Test
    void theSameEventIdRunsTheIntegrationsOnce() {
        world.integrations.save(Seed.integration("https://crm.example/customers"));
        world.crm.respond(json(200, Seed.crmAnswer()));
        ConversationEvent event = Seed.inboundCallReceived("e-1", "c-1");

        service.process(new ProcessEventCommand(event));
        world.runBackgroundWork();
        EventOutcome second = service.process(new ProcessEventCommand(event));
        world.runBackgroundWork();

        assertThat(second).isInstanceOf(EventOutcome.Duplicate.class);
        assertThat(world.crm.requests()).hasSize(1);
    }

    @Test
    void onlyTheKeysIncludedInStatisticsAreSaved() {
        world.integrations.save(integration(
                1,
                "https://crm.example/1",
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("save", obj("customerId", "{response.body.id}", "customerType", "gold")))));
        world.settings.save(new ExtraDataSettings(ChannelType.PHONE, List.of(), List.of("customerType")));
        world.crm.respond(json(200, Seed.crmAnswer()));

        accepted(Seed.inboundCallReceived("e-1", "c-1"));
        world.runBackgroundWork();

        assertThat(world.queue.savedValues(new ConversationId("c-1")))
                .extracting(StatisticsEntry::key, StatisticsEntry::value)
                .containsExactly(Tuple.tuple("customerType", JsonValue.of("gold")));
    }

    @Test
    void aKeyKeptInAllModeKeepsTheValueOfEveryEventWithItsEvent() {
        world.integrations.save(integration(
                1,
                "https://crm.example/1",
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("save", obj("ticket", "{response.body.ticket}")))));
        world.settings.save(new ExtraDataSettings(
                ChannelType.PHONE, List.of(), List.of("ticket"), List.of(), Map.of("ticket", HistoryMode.ALL)));
        world.crm.respond(json(200, obj("ticket", "T-1"))).respond(json(200, obj("ticket", "T-2")));

        accepted(Seed.inboundCallReceived("e-1", "c-1"));
        world.runBackgroundWork();
        accepted(Seed.inboundCallReceived("e-2", "c-1"));
        world.runBackgroundWork();

        assertThat(world.queue.savedValues(new ConversationId("c-1")))
                .extracting(StatisticsEntry::value, entry -> entry.eventId().value())
                .containsExactly(Tuple.tuple(JsonValue.of("T-1"), "e-1"), Tuple.tuple(JsonValue.of("T-2"), "e-2"));
        assertThat(attached("c-1", "ticket")).isEqualTo(JsonValue.of("T-2"));
    }

    @Test
    void anAnswerThatArrivesLongAfterTheConversationClosedIsNotAppliedAndTheRunSaysWhy() {
        world.integrations.save(Seed.integration("https://crm.example/customers"));
        world.crm.respond(json(200, Seed.crmAnswer()));
        ConversationEvent received = Seed.inboundCallReceived("e-1", "c-1");
        accepted(at(received, NOW.minus(Duration.ofHours(3))));
        service.process(new ProcessEventCommand(new ConversationEvent(
                new EventId("e-2"), EventName.CLOSED, NOW.minus(Duration.ofHours(2)), received.contact())));

        world.runBackgroundWork();

        assertThat(world.conversations
                        .find(new ConversationId("c-1"))
                        .orElseThrow()
                        .attachedData()
                        .isEmpty())
                .isTrue();
        assertThat(world.runLog.recentRuns(Optional.empty(), 1)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.reason())
                    .isEqualTo("the conversation was closed at 2026-01-01T08:00:00Z; late updates were accepted until "
                            + "2026-01-01T09:00:00Z (CADBRIDGE_LATE_UPDATE_WINDOW); nothing was saved");
        });
    }

    @Test
    void afterItsGracePeriodAClosedConversationKeepsOnlyTheKeysIncludedInStatistics() {
        world.integrations.save(integration(
                1,
                "https://crm.example/1",
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("save", obj("customerId", "{response.body.id}", "customerType", "gold")))));
        world.settings.save(new ExtraDataSettings(ChannelType.PHONE, List.of(), List.of("customerType")));
        world.crm.respond(json(200, Seed.crmAnswer()));
        ConversationEvent received = at(Seed.inboundCallReceived("e-1", "c-1"), NOW.minus(Duration.ofHours(3)));
        accepted(received);
        world.runBackgroundWork();
        service.process(new ProcessEventCommand(new ConversationEvent(
                new EventId("e-2"), EventName.CLOSED, NOW.minus(Duration.ofMinutes(59)), received.contact())));

        assertThat(world.removeUnsavedKeys())
                .as("still within the grace period")
                .isZero();
        assertThat(attached("c-1", "customerId")).isEqualTo(JsonValue.of("C-1001"));

        world.advanceClock(Duration.ofMinutes(2));
        assertThat(world.removeUnsavedKeys()).isEqualTo(1);
        assertThat(world.conversations
                        .find(new ConversationId("c-1"))
                        .orElseThrow()
                        .attachedData()
                        .values())
                .isEqualTo(obj("customerType", "gold"));
    }

    @Test
    void aQueuedRunRefusedByALimitOfThisServiceWaitsItsTurnInsteadOfFailing() {
        world.integrations.save(Seed.integration("https://crm.example/customers"));
        world.crm.fail(
                new CrmCallException(CrmCallException.Kind.LIMIT_REACHED, "already 100 calls in progress; not sent"));
        world.crm.respond(json(200, Seed.crmAnswer()));

        EventOutcome.Accepted outcome = accepted(Seed.inboundCallReceived("e-1", "c-1"));
        world.runBackgroundWork();

        assertThat(world.crm.requests()).as("refused once, then sent").hasSize(2);
        assertThat(world.runLog.recentRuns(outcome.pending().getFirst(), 10))
                .extracting(Run::status)
                .containsExactly(RunStatus.SUCCEEDED);
        assertThat(attached("c-1", "customer_data")).isNotNull();
    }

    @Test
    void aFailingCrmIsRecordedOnTheRunAndSavesNothing() {
        world.integrations.save(blocking(1, obj("ok", true)));
        world.crm.fail(new CrmCallException(CrmCallException.Kind.TIMEOUT, "no answer from crm.example within 10 s"));

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(outcome.attachedData().isEmpty()).isTrue();
        assertThat(outcome.runs()).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.reason()).contains("within 10 s");
        });
    }

    @Test
    void anErrorStatusFailsTheRunWithoutSaving() {
        world.integrations.save(blocking(1, obj("ok", true)));
        world.crm.respond(json(404, obj("message", "no such customer")));

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(outcome.attachedData().isEmpty()).isTrue();
        assertThat(outcome.runs()).singleElement().satisfies(run -> {
            assertThat(run.reason()).contains("HTTP 404");
            assertThat(run.httpStatus()).hasValue(404);
        });
    }

    @Test
    void anErrorStatusSavesOnlyTheKeysThatReadRequestAndResponseMetadata() {
        world.integrations.save(blocking(
                1, obj("customer", "{response.body.id}", "status", "{response.status}", "called", "{method} {url}")));
        world.crm.respond(json(401, obj("message", "no credentials")));

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(outcome.attachedData().values())
                .isEqualTo(obj("status", 401, "called", "GET https://crm.example/1"));
        assertThat(outcome.runs()).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.reason()).isEqualTo("the CRM answered HTTP 401; saved 2 debugging key(s): status, called");
        });
    }

    @Test
    void withoutAnAnswerTheMetadataKeysAreSavedWithANullStatusAndTheReasonInTheDebugObject() {
        world.integrations.save(
                blocking(1, obj("customer", "{response.body.id}", "status", "{response.status}", "debug", "*")));
        world.crm.fail(new CrmCallException(CrmCallException.Kind.CONNECTION, "crm.example refused the connection"));

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        JsonObject attached = outcome.attachedData().values();
        assertThat(attached.members().keySet()).containsExactly("status", "debug");
        assertThat(attached.get("status")).contains(JsonNull.INSTANCE);
        assertThat(attached.get("debug").map(debug -> ((JsonObject) debug).get("error")))
                .contains(Optional.of(JsonValue.of("crm.example refused the connection")));
        assertThat(outcome.runs().getFirst().reason())
                .isEqualTo("crm.example refused the connection; saved 2 debugging key(s): status, debug");
    }

    @Test
    void atMostThreeIntegrationsRunInOrdinalOrderAndLaterOnesOverwrite() {
        for (int ordinal = 4; ordinal >= 1; ordinal--) {
            world.integrations.save(blocking(ordinal, obj("winner", "ordinal " + ordinal, "o" + ordinal, true)));
            world.crm.respond(json(200, obj()));
        }

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(world.crm.requests())
                .extracting(request -> request.url())
                .containsExactly("https://crm.example/1", "https://crm.example/2", "https://crm.example/3");
        assertThat(outcome.attachedData().values())
                .isEqualTo(obj("winner", "ordinal 3", "o1", true, "o2", true, "o3", true));
    }

    @Test
    void theAnswerWaitsForEveryIntegrationUpToTheLastOneThatBlocks() {
        world.integrations.save(integration(
                1,
                "https://crm.example/1",
                obj("request", obj("method", "GET"), "response", obj("save", obj("first", "{response.body.value}")))));
        world.integrations.save(blocking(2, obj("second", "{response.body.value}")));
        world.integrations.save(integration(
                3,
                "https://crm.example/3",
                obj("request", obj("method", "GET"), "response", obj("save", obj("third", "{response.body.value}")))));
        world.crm
                .respond(json(200, obj("value", 1)))
                .respond(json(200, obj("value", 2)))
                .respond(json(200, obj("value", 3)));

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(outcome.runs()).hasSize(2);
        assertThat(outcome.attachedData().values().members().keySet()).containsExactly("first", "second");
        assertThat(outcome.pending()).hasSize(1);
        world.runBackgroundWork();
        assertThat(attached("c-1", "third")).isEqualTo(io.cadbridge.json.JsonNumber.of(3));
    }

    @Test
    void eachSetOperationComesFromTheFirstIntegrationThatPerformsItSuccessfully() {
        world.directory.upsertQueues(
                List.of(new QueueEntry(QUEUE_ID, ChannelType.PHONE, List.of("sales@acme.com"), "Sales")));
        world.directory.upsertAgents(
                List.of(new AgentEntry("A1", Optional.of("+3581001"), Optional.of("anna@acme.com"), "Anna")));
        world.integrations.save(integration(
                1,
                "https://crm.example/1",
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj(
                                "set",
                                obj(
                                        "priority",
                                        "{response.body.priority}",
                                        "queue",
                                        obj("address", "{response.body.queue}"))))));
        world.integrations.save(integration(
                2,
                "https://crm.example/2",
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj(
                                "set",
                                obj(
                                        "priority",
                                        "{response.body.priority}",
                                        "preferredAgent",
                                        "{response.body.agent}")))));
        world.crm
                .respond(json(200, obj("priority", "not a number", "queue", "SALES@acme.com")))
                .respond(json(200, obj("priority", "20", "agent", "anna@acme.com")));

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(outcome.routing().get(SetOperation.PRIORITY)).contains(new RoutingValue.Priority(20));
        assertThat(outcome.routing().get(SetOperation.QUEUE))
                .hasValueSatisfying(queue ->
                        assertThat(((RoutingValue.Queue) queue).queue().id()).isEqualTo(QUEUE_ID));
        assertThat(outcome.routing().get(SetOperation.PREFERRED_AGENT))
                .hasValueSatisfying(agent -> assertThat(
                                ((RoutingValue.PreferredAgent) agent).agent().id())
                        .isEqualTo("A1"));
        assertThat(outcome.runs().getFirst().reason()).contains("skipped set priority: expected an unsigned integer");
    }

    /** Contact Pro's example 5: fetch and save, then an echo integration acts on the saved data. */
    @Test
    void anEchoIntegrationAnswersWithTheAttachedDataSavedBeforeIt() {
        world.directory.upsertAgents(
                List.of(new AgentEntry("A7", Optional.empty(), Optional.of("agent@acme.com"), "Agent")));
        world.integrations.save(integration(
                1,
                "https://crm.example/records",
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj(
                                "save",
                                obj(
                                        "customer",
                                        obj(
                                                "rank",
                                                "{response.body.records[0].fields.rank}",
                                                "agent",
                                                "{response.body.records[0].fields.agent}"))))));
        world.integrations.save(integration(
                2,
                "edi://echo",
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("set", obj("preferredAgent", "{response.body.customer.agent}")))));
        world.crm.respond(json(
                200, obj("records", arr(obj("id", "R1", "fields", obj("rank", "100", "agent", "agent@acme.com"))))));

        EventOutcome.Processed outcome = process(Seed.received(
                "e-1",
                Seed.contact("c-1", "chat", "inbound", Optional.of(new QueueRef("q1", "sales.queue@acme.com")))));

        assertThat(world.crm.requests()).hasSize(1);
        assertThat(outcome.routing().get(SetOperation.PREFERRED_AGENT))
                .hasValueSatisfying(agent -> assertThat(
                                ((RoutingValue.PreferredAgent) agent).agent().id())
                        .isEqualTo("A7"));
        assertThat(outcome.attachedData().get("customer")).contains(obj("rank", "100", "agent", "agent@acme.com"));
    }

    @Test
    void aFalseConditionSkipsTheRequestAndSaysSo() {
        world.integrations.save(integration(
                1,
                "https://crm.example/1",
                obj(
                        "request",
                        obj(
                                "method",
                                "GET",
                                "block",
                                true,
                                "condition",
                                "contact.get_language().lower() in ('fi', 'sv')"))));

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(world.crm.requests()).isEmpty();
        assertThat(outcome.runs()).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SKIPPED);
            assertThat(run.reason()).contains("condition is false");
        });
    }

    @Test
    void aConditionThatFailsSkipsTheRequestWithThePythonError() {
        world.integrations.save(integration(
                1,
                "https://crm.example/1",
                obj("request", obj("method", "GET", "block", true, "condition", "int(contact.get_language()) > 0"))));

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(world.crm.requests()).isEmpty();
        assertThat(outcome.runs()).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SKIPPED);
            assertThat(run.reason()).contains("ValueError: invalid literal for int() with base 10: 'EN'");
        });
    }

    @Test
    void anEchoConditionReadsTheAttachedDataSavedBeforeIt() {
        world.directory.upsertAgents(
                List.of(new AgentEntry("A7", Optional.empty(), Optional.of("agent@acme.com"), "Agent")));
        world.integrations.save(integration(
                1,
                "https://crm.example/records",
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("save", obj("rank", "{response.body.rank}", "agent", "{response.body.agent}")))));
        world.integrations.save(integration(
                2,
                "edi://echo",
                obj(
                        "request",
                        obj("method", "GET", "condition", "int(contact.get_attached_data().get('rank', '0')) >= 100"),
                        "response",
                        obj("set", obj("preferredAgent", "{response.body.agent}")))));
        world.crm
                .respond(json(200, obj("rank", "50", "agent", "agent@acme.com")))
                .respond(json(200, obj("rank", "100", "agent", "agent@acme.com")));

        EventOutcome.Processed low = process(Seed.inboundCallReceived("e-1", "c-1"));
        EventOutcome.Processed high = process(Seed.inboundCallReceived("e-2", "c-2"));

        assertThat(low.routing().isEmpty()).isTrue();
        assertThat(low.runs()).extracting(Run::status).containsExactly(RunStatus.SUCCEEDED, RunStatus.SKIPPED);
        assertThat(high.routing().get(SetOperation.PREFERRED_AGENT)).isPresent();
    }

    @Test
    void aDelayWaitsARandomTimeBetweenDelayAndDelayMax() {
        world.randomFraction(0.5);
        world.integrations.save(integration(
                1, "https://crm.example/1", obj("request", obj("method", "GET", "delay", 2, "delayMax", 4))));
        world.crm.respond(json(200, obj()));

        accepted(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(world.queue.dueTimes())
                .as("the delay is the job's due time, not a wait")
                .containsExactly(NOW.plusSeconds(3));
        world.runBackgroundWork();
        assertThat(world.pauses).isEmpty();
        assertThat(world.crm.requests()).hasSize(1);
    }

    @Test
    void theAnswerWaitsTheDelayOfAnIntegrationItWaitsFor() {
        world.randomFraction(0.5);
        world.integrations.save(integration(
                1,
                "https://crm.example/1",
                obj("request", obj("method", "GET", "block", true, "delay", 2, "delayMax", 4))));
        world.crm.respond(json(200, obj()));

        process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(world.pauses).containsExactly(Duration.ofSeconds(3));
        assertThat(world.crm.requests()).hasSize(1);
    }

    @Test
    void aResultForAnOlderEventNeverOverwritesWhatANewerEventSaved() {
        world.integrations.save(integration(
                1,
                "https://crm.example/1",
                obj(
                        "request",
                        obj("method", "GET"),
                        "response",
                        obj("save", obj("status", "{response.body.status}")))));
        ConversationEvent older = at(Seed.inboundCallReceived("e-older", "c-1"), NOW.minusSeconds(60));
        ConversationEvent newer = at(Seed.inboundCallReceived("e-newer", "c-1"), NOW);

        world.crm.respond(json(200, obj("status", "newer")));
        accepted(newer);
        world.runBackgroundWork();
        world.crm.respond(json(200, obj("status", "older")));
        accepted(older);
        world.runBackgroundWork();

        assertThat(world.crm.requests()).hasSize(2);
        assertThat(attached("c-1", "status")).isEqualTo(JsonValue.of("newer"));
    }

    @Test
    void attachedDataOverTheLimitIsARecordedFailureNotATruncation() {
        world.integrations.save(blocking(1, obj("notes", "{response.body.notes}")));
        world.crm.respond(json(200, obj("notes", "x".repeat(40_000))));

        EventOutcome.Processed outcome = process(Seed.inboundCallReceived("e-1", "c-1"));

        assertThat(outcome.runs()).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.reason())
                    .contains("\"notes\"")
                    .contains("over the limit")
                    .contains("nothing was saved");
        });
        assertThat(outcome.attachedData().isEmpty()).isTrue();
    }

    @Test
    void integrationsThatAreNotTriggeredAreNotCalledButTheConversationIsKnown() {
        world.integrations.save(Seed.integration("https://crm.example/customers"));

        EventOutcome.Accepted outcome =
                accepted(Seed.received("e-1", Seed.contact("c-1", "phone", "outbound", Optional.empty())));
        world.runBackgroundWork();

        assertThat(world.crm.requests()).isEmpty();
        assertThat(outcome.pending()).isEmpty();
        assertThat(world.conversations.find(new ConversationId("c-1"))).isPresent();
    }

    private EventOutcome.Processed process(ConversationEvent event) {
        return (EventOutcome.Processed) service.process(new ProcessEventCommand(event));
    }

    private EventOutcome.Accepted accepted(ConversationEvent event) {
        return (EventOutcome.Accepted) service.process(new ProcessEventCommand(event));
    }

    private static ConversationEvent at(ConversationEvent event, Instant datetime) {
        return new ConversationEvent(event.id(), event.name(), datetime, event.contact());
    }

    private JsonValue attached(String conversation, String key) {
        return world.conversations
                .find(new ConversationId(conversation))
                .orElseThrow()
                .attachedData()
                .get(key)
                .orElseThrow();
    }

    private static Integration blocking(int ordinal, JsonObject save) {
        return integration(
                ordinal,
                "https://crm.example/" + ordinal,
                obj("request", obj("method", "GET", "block", true), "response", obj("save", save)));
    }

    private static Integration integration(int ordinal, String endpoint, JsonObject configuration) {
        IntegrationDraft seed = Seed.draft(endpoint);
        IntegrationDraft draft = new IntegrationDraft(
                "integration " + ordinal,
                "",
                seed.channelType(),
                endpoint,
                ordinal,
                seed.direction(),
                seed.events(),
                seed.scope(),
                true,
                configuration);
        return draft.compile(IntegrationId.random(), Secrets.NONE);
    }

    private static CrmResponse json(int status, JsonObject body) {
        return new CrmResponse(
                status, Map.of("content-type", "application/json"), Optional.of(body), "", Duration.ofMillis(3));
    }
}
