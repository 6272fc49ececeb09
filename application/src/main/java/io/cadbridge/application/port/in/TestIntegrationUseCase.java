package io.cadbridge.application.port.in;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.SecretsUpdate;

/**
 * Runs one integration for an example event and reports every step, without side effects in
 * cadbridge: nothing is attached, logged or counted (the CRM is really called: that is the test).
 */
public interface TestIntegrationUseCase {

    TestRunOutcome testSaved(TestSavedCommand command);

    TestRunOutcome testDraft(TestDraftCommand command);

    record TestSavedCommand(IntegrationId id, ConversationEvent event) {
        public TestSavedCommand {
            requireNonNull(id, "id is null");
            requireNonNull(event, "event is null");
        }
    }

    record TestDraftCommand(IntegrationDraft draft, SecretsUpdate secrets, ConversationEvent event) {
        public TestDraftCommand {
            requireNonNull(draft, "draft is null");
            requireNonNull(secrets, "secrets is null");
            requireNonNull(event, "event is null");
        }
    }
}
