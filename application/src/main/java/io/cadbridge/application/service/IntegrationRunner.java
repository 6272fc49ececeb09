package io.cadbridge.application.service;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.RunReport;
import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.json.JsonObject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import io.cadbridge.domain.run.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * Runs one integration for one event: render the request, call the CRM, map the answer. A failed call
 * is reported on the run and saves nothing; it never fails the event.
 */
public final class IntegrationRunner {

    private static final System.Logger LOG = System.getLogger(IntegrationRunner.class.getName());

    /** The outcome of one run: what to merge into the attached data and how it went. */
    public record Run(JsonObject saved, RunReport report) {
        public Run {
            requireNonNull(saved, "saved is null");
            requireNonNull(report, "report is null");
        }
    }

    private final CrmClient crm;
    private final Clock clock;

    public IntegrationRunner(CrmClient crm, Clock clock) {
        this.crm = requireNonNull(crm, "crm is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public Run run(Integration integration, ConversationEvent event) {
        Instant start = clock.instant();
        OutboundRequest request = integration.renderRequest(event);
        try {
            CrmResponse response = crm.send(integration.id(), request);
            if (!response.isSuccessful()) {
                return failed(integration, event, "the CRM answered HTTP " + response.status(), OptionalInt.of(response.status()), start);
            }
            JsonObject saved = integration.renderSave(event, request, response);
            RunReport report = new RunReport(integration.id(), integration.name(), RunStatus.SUCCEEDED,
                    "saved " + saved.members().size() + " attached-data key(s)", OptionalInt.of(response.status()), elapsedSince(start));
            return new Run(saved, report);
        } catch (CrmCallException e) {
            return failed(integration, event, e.getMessage(), OptionalInt.empty(), start);
        }
    }

    private Run failed(Integration integration, ConversationEvent event, String reason, OptionalInt status, Instant start) {
        LOG.log(Level.WARNING, "integration {0} ({1}) failed for event {2}: {3}",
                integration.name(), integration.id(), event.id(), reason);
        RunReport report = new RunReport(integration.id(), integration.name(), RunStatus.FAILED, reason, status, elapsedSince(start));
        return new Run(JsonObject.EMPTY, report);
    }

    private Duration elapsedSince(Instant start) {
        return Duration.between(start, clock.instant());
    }
}
