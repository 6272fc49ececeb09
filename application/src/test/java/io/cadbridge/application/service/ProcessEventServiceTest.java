package io.cadbridge.application.service;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryConversationStore;
import io.cadbridge.application.fakes.InMemoryExtraDataSettingsRepository;
import io.cadbridge.application.fakes.InMemoryIntegrationRepository;
import io.cadbridge.application.fakes.InMemoryStatisticsStore;
import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.fakes.ScriptedCrmClient;
import io.cadbridge.application.port.in.EventOutcome;
import io.cadbridge.application.port.in.ProcessEventUseCase.ProcessEventCommand;
import io.cadbridge.application.port.in.RunReport;
import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.domain.json.JsonObject;
import io.cadbridge.domain.json.JsonValue;
import io.cadbridge.domain.testing.Seed;
import java.time.Clock;
import io.cadbridge.domain.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessEventServiceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryWorld world = new InMemoryWorld(clock);
    private final InMemoryIntegrationRepository integrations = world.integrations;
    private final InMemoryConversationStore conversations = world.conversations;
    private final InMemoryExtraDataSettingsRepository settings = world.settings;
    private final InMemoryStatisticsStore statistics = world.statistics;
    private final ScriptedCrmClient crm = world.crm;
    private final ProcessEventService service = world.processEvent();

    @Test
    void theSeedAttachesTheCustomerFoundByPhoneNumber() {
        integrations.save(Seed.integration("https://crm.example/customers"));
        crm.respond(json(200, Seed.crmAnswer()));

        EventOutcome outcome = service.process(new ProcessEventCommand(Seed.inboundCallReceived("e-1", "c-1")));

        JsonValue customer = conversations.find(new ConversationId("c-1")).orElseThrow().attachedData().get("customer_data").orElseThrow();
        assertThat(customer).isEqualTo(obj("id", "C-1001", "firstname", "Aino", "lastname", "Virtanen",
                "company", "Acme Oy", "jobtitle", "Buyer", "lastticket", "T-3"));
        assertThat(crm.requests()).singleElement().satisfies(request ->
                assertThat(request.queryParameters()).containsEntry("phone", "+358401234567"));
        assertThat(outcome).isInstanceOfSatisfying(EventOutcome.Processed.class, processed ->
                assertThat(processed.runs()).extracting(RunReport::status).containsExactly(RunStatus.SUCCEEDED));
    }

    @Test
    void theSameEventIdRunsTheIntegrationsOnce() {
        integrations.save(Seed.integration("https://crm.example/customers"));
        crm.respond(json(200, Seed.crmAnswer()));
        ConversationEvent event = Seed.inboundCallReceived("e-1", "c-1");

        service.process(new ProcessEventCommand(event));
        EventOutcome second = service.process(new ProcessEventCommand(event));

        assertThat(second).isInstanceOf(EventOutcome.Duplicate.class);
        assertThat(crm.requests()).hasSize(1);
    }

    @Test
    void onlyTheKeysIncludedInStatisticsAreSaved() {
        integrations.save(integrationSaving(1, obj("customerId", "{response.body.id}", "customerType", "gold")));
        settings.save(new ExtraDataSettings(ChannelType.PHONE, List.of(), List.of("customerType")));
        crm.respond(json(200, Seed.crmAnswer()));

        service.process(new ProcessEventCommand(Seed.inboundCallReceived("e-1", "c-1")));

        assertThat(statistics.findByConversation(new ConversationId("c-1")))
                .extracting(StatisticsEntry::key, StatisticsEntry::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customerType", JsonValue.of("gold")));
    }

    @Test
    void aFailingCrmIsRecordedOnTheRunAndSavesNothing() {
        integrations.save(Seed.integration("https://crm.example/customers"));
        crm.fail(new CrmCallException(CrmCallException.Kind.TIMEOUT, "no answer from crm.example within 10 s"));

        EventOutcome outcome = service.process(new ProcessEventCommand(Seed.inboundCallReceived("e-1", "c-1")));

        assertThat(outcome).isInstanceOfSatisfying(EventOutcome.Processed.class, processed -> {
            assertThat(processed.attachedData().isEmpty()).isTrue();
            assertThat(processed.runs()).singleElement().satisfies(run -> {
                assertThat(run.status()).isEqualTo(RunStatus.FAILED);
                assertThat(run.reason()).contains("within 10 s");
            });
        });
    }

    @Test
    void anErrorStatusFailsTheRunWithoutSaving() {
        integrations.save(Seed.integration("https://crm.example/customers"));
        crm.respond(json(404, obj("message", "no such customer")));

        EventOutcome.Processed outcome = (EventOutcome.Processed) service.process(new ProcessEventCommand(Seed.inboundCallReceived("e-1", "c-1")));

        assertThat(outcome.attachedData().isEmpty()).isTrue();
        assertThat(outcome.runs()).singleElement().satisfies(run -> {
            assertThat(run.reason()).contains("HTTP 404");
            assertThat(run.httpStatus()).hasValue(404);
        });
    }

    @Test
    void atMostThreeIntegrationsRunInOrdinalOrderAndLaterOnesOverwrite() {
        for (int ordinal = 4; ordinal >= 1; ordinal--) {
            integrations.save(integrationSaving(ordinal, obj("winner", "ordinal " + ordinal, "o" + ordinal, true)));
            crm.respond(json(200, obj()));
        }

        EventOutcome.Processed outcome = (EventOutcome.Processed) service.process(new ProcessEventCommand(Seed.inboundCallReceived("e-1", "c-1")));

        assertThat(crm.requests()).hasSize(3);
        assertThat(outcome.attachedData().values()).isEqualTo(obj("winner", "ordinal 3", "o1", true, "o2", true, "o3", true));
    }

    @Test
    void integrationsThatAreNotTriggeredAreNotCalled() {
        integrations.save(Seed.integration("https://crm.example/customers"));

        EventOutcome.Processed outcome = (EventOutcome.Processed) service.process(new ProcessEventCommand(
                Seed.received("e-1", Seed.contact("c-1", "phone", "outbound", Optional.empty()))));

        assertThat(crm.requests()).isEmpty();
        assertThat(outcome.runs()).isEmpty();
        assertThat(conversations.find(new ConversationId("c-1"))).isPresent();
    }

    private static Integration integrationSaving(int ordinal, JsonObject save) {
        IntegrationDraft seed = Seed.draft("https://crm.example/" + ordinal);
        IntegrationDraft draft = new IntegrationDraft("integration " + ordinal, "", seed.channelType(), seed.endpointUrl(), ordinal,
                seed.direction(), seed.events(), seed.scope(), true, obj("request", obj("method", "GET"), "response", obj("save", save)));
        return draft.compile(IntegrationId.random(), Secrets.NONE);
    }

    private static CrmResponse json(int status, JsonObject body) {
        return new CrmResponse(status, Map.of("content-type", "application/json"), Optional.of(body), "", Duration.ofMillis(3));
    }
}
