package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.cadbridge.application.port.in.TestIntegrationUseCase;
import io.cadbridge.application.port.in.TestIntegrationUseCase.TestDraftCommand;
import io.cadbridge.application.port.in.TestIntegrationUseCase.TestSavedCommand;
import io.cadbridge.application.port.in.TestRunOutcome;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Test runs: {@code POST /v1/integrations/{id}/test} with an event in the webhook's shape, and
 * {@code POST /v1/integrations/test} with {@code {"integration": {…}, "event": {…}, "contact": {…}}}.
 */
final class TestRunRoutes implements ApiRoutes {

    private static final String INTEGRATION_MEMBER = "/integration";

    private final TestIntegrationUseCase tests;
    private final JsonBodies json;
    private final EventRequestReader events = new EventRequestReader();
    private final IntegrationRequestReader integrations = new IntegrationRequestReader();
    private final TestRunWriter writer = new TestRunWriter();

    @Inject
    TestRunRoutes(TestIntegrationUseCase tests, JsonBodies json) {
        this.tests = requireNonNull(tests, "tests is null");
        this.json = requireNonNull(json, "json is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(IntegrationRoutes.COLLECTION + "/test", this::testDraft, Access.needs(Scope.INTEGRATIONS_WRITE));
        routes.post(
                IntegrationRoutes.COLLECTION + "/{id}/test", this::testSaved, Access.needs(Scope.INTEGRATIONS_WRITE));
    }

    private void testSaved(Context ctx) {
        ConversationEvent event = events.read(json.read(ctx));
        answer(ctx, tests.testSaved(new TestSavedCommand(PathParameters.integrationId(ctx), event)), "");
    }

    private void testDraft(Context ctx) {
        JsonNode body = json.read(ctx);
        JsonNode definition =
                body.isObject() && body.has("integration") ? body.get("integration") : MissingNode.getInstance();
        IntegrationRequest request;
        try {
            request = integrations.read(definition);
        } catch (ValidationException e) {
            throw prefixed(e.problems());
        }
        ConversationEvent event = events.read(body);
        answer(
                ctx,
                tests.testDraft(new TestDraftCommand(request.draft(), request.secrets(), event)),
                INTEGRATION_MEMBER);
    }

    private void answer(Context ctx, TestRunOutcome outcome, String prefix) {
        switch (outcome) {
            case TestRunOutcome.Traced traced -> json.write(ctx, 200, writer.write(traced));
            case TestRunOutcome.NotFound notFound -> throw PathParameters.noIntegration(notFound.id());
            case TestRunOutcome.Invalid invalid ->
                throw prefix.isEmpty() ? new ValidationException(invalid.problems()) : prefixed(invalid.problems());
        }
    }

    /** Problems of the embedded definition point into {@code /integration}. */
    private static ValidationException prefixed(List<ValidationProblem> problems) {
        return new ValidationException(problems.stream()
                .map(problem -> new ValidationProblem(INTEGRATION_MEMBER + problem.pointer(), problem.message()))
                .toList());
    }
}
