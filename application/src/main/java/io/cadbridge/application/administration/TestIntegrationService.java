package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.TestIntegrationUseCase;
import io.cadbridge.application.port.in.TestRunOutcome;
import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.IntegrationRepository;
import io.cadbridge.application.port.out.VendorCatalog;
import io.cadbridge.application.processing.IntegrationRunner;
import io.cadbridge.domain.conversation.AttachedData;
import io.cadbridge.domain.conversation.Conversation;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.domain.integration.TriggerDecision;
import io.cadbridge.domain.run.RunResult;
import io.cadbridge.domain.run.RunTrace;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.List;
import java.util.Optional;

/** Test runs: the real runner, reading the conversation's attached data but writing nothing. */
public final class TestIntegrationService implements TestIntegrationUseCase {

    private final IntegrationRepository integrations;
    private final ConversationStore conversations;
    private final IntegrationRunner runner;
    private final SaveChecks checks;
    private final VendorCatalog vendors;

    public TestIntegrationService(
            IntegrationRepository integrations,
            ConversationStore conversations,
            IntegrationRunner runner,
            Directory directory,
            IntegrationPolicy policy) {
        this(integrations, conversations, runner, directory, policy, VendorCatalog.NONE);
    }

    public TestIntegrationService(
            IntegrationRepository integrations,
            ConversationStore conversations,
            IntegrationRunner runner,
            Directory directory,
            IntegrationPolicy policy,
            VendorCatalog vendors) {
        this.vendors = requireNonNull(vendors, "vendors is null");
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.runner = requireNonNull(runner, "runner is null");
        this.checks = new SaveChecks(policy, directory);
    }

    @Override
    public TestRunOutcome testSaved(TestSavedCommand command) {
        return integrations
                .findById(command.id())
                .map(integration -> trace(integration, command.event()))
                .orElseGet(() -> new TestRunOutcome.NotFound(command.id()));
    }

    @Override
    public TestRunOutcome testDraft(TestDraftCommand command) {
        Integration integration;
        try {
            integration = command.draft()
                    .compile(IntegrationId.random(), command.secrets().applyTo(Secrets.NONE), vendors);
        } catch (ValidationException e) {
            return new TestRunOutcome.Invalid(e.problems());
        }
        List<ValidationProblem> problems = checks.check(integration);
        return problems.isEmpty() ? trace(integration, command.event()) : new TestRunOutcome.Invalid(problems);
    }

    private TestRunOutcome trace(Integration integration, ConversationEvent event) {
        TriggerDecision trigger = integration.triggerFor(event);
        if (!trigger.triggered()) {
            return new TestRunOutcome.Traced(integration, trigger, Optional.empty(), RunTrace.NOTHING);
        }
        AttachedData attachedData = conversations
                .find(event.conversationId())
                .map(Conversation::attachedData)
                .orElse(AttachedData.EMPTY);
        // A test run does not wait the integration's delay: the administrator is waiting for the trace.
        RunResult result = runner.run(integration, event, attachedData.values());
        return new TestRunOutcome.Traced(integration, trigger, Optional.of(result.run()), result.trace());
    }
}
