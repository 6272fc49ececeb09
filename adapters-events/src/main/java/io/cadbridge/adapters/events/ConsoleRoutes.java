package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase.CreateIntegrationCommand;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase.ReplaceIntegrationCommand;
import io.cadbridge.application.port.in.SaveOutcome;
import io.cadbridge.application.port.in.TestIntegrationUseCase;
import io.cadbridge.application.port.in.TestIntegrationUseCase.TestSavedCommand;
import io.cadbridge.application.port.in.TestRunOutcome;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrators' console: integrations listed, created and edited as the API's JSON (a failed
 * save shows each problem at its JSON pointer), enabled or disabled, deleted, test-run with the
 * step-by-step trace ({@link ConsoleRuns} shows their runs). The same use cases as the API, and the
 * same audit log.
 */
final class ConsoleRoutes implements ApiRoutes {

    static final String INTEGRATIONS = "/console/integrations";
    private static final String EDITABLE_EXAMPLE = """
            {
              "name": "Fetch customer data",
              "channelType": "phone",
              "endpointUrl": "https://crm.example.com/api/customers",
              "direction": "inbound",
              "events": ["Received"],
              "configuration": {
                "request": {"method": "GET", "params": {"phone": "{contact.source}"}},
                "response": {"save": {"customer": "{response.body.id}"}}
              }
            }""";
    private static final String EXAMPLE_EVENT = """
            {
              "event": {"id": "console-test", "name": "Received", "datetime": "2026-01-01T09:00:00Z"},
              "contact": {"id": "console-test", "channel_type": "phone", "direction": "inbound",
                          "source": "+358401234567", "destination": "+35891234", "language": "EN"}
            }""";

    private final ManageIntegrationsUseCase integrations;
    private final TestIntegrationUseCase tests;
    private final ConsolePages console;
    private final Audit audit;
    private final IntegrationRequestReader reader = new IntegrationRequestReader();
    private final IntegrationWriter writer = new IntegrationWriter();
    private final EventRequestReader events = new EventRequestReader();
    private final TestRunWriter traces = new TestRunWriter();

    @Inject
    ConsoleRoutes(
            ManageIntegrationsUseCase integrations, TestIntegrationUseCase tests, ConsolePages console, Audit audit) {
        this.integrations = requireNonNull(integrations, "integrations is null");
        this.tests = requireNonNull(tests, "tests is null");
        this.console = requireNonNull(console, "console is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ConsoleSession.HOME, this::list, Access.CONSOLE);
        routes.get(
                INTEGRATIONS + "/new",
                ctx -> editor(ctx, 200, Optional.empty(), EDITABLE_EXAMPLE, List.of(), ""),
                Access.CONSOLE);
        routes.post(INTEGRATIONS, this::create, Access.CONSOLE);
        routes.get(INTEGRATIONS + "/{id}", this::edit, Access.CONSOLE);
        routes.post(INTEGRATIONS + "/{id}", this::replace, Access.CONSOLE);
        routes.post(INTEGRATIONS + "/{id}/enabled", this::toggle, Access.CONSOLE);
        routes.post(INTEGRATIONS + "/{id}/delete", this::delete, Access.CONSOLE);
        routes.post(INTEGRATIONS + "/{id}/test", this::test, Access.CONSOLE);
    }

    private void list(Context ctx) {
        page(
                ctx,
                200,
                "Integrations",
                "console/integrations.jte",
                Map.of(
                        "integrations",
                        integrations.list(),
                        "notice",
                        Optional.ofNullable(ctx.queryParam("notice")).orElse("")));
    }

    private void edit(Context ctx) {
        Integration integration = integration(ctx);
        editor(ctx, 200, Optional.of(integration), ConsolePages.pretty(editable(integration)), List.of(), "");
    }

    private void create(Context ctx) {
        String definition = Optional.ofNullable(ctx.formParam("definition")).orElse("");
        save(
                ctx,
                Optional.empty(),
                definition,
                request -> integrations.create(new CreateIntegrationCommand(request.draft(), request.secrets())));
    }

    private void replace(Context ctx) {
        Integration current = integration(ctx);
        String definition = Optional.ofNullable(ctx.formParam("definition")).orElse("");
        save(
                ctx,
                Optional.of(current),
                definition,
                request -> integrations.replace(
                        new ReplaceIntegrationCommand(current.id(), request.draft(), request.secrets())));
    }

    private interface Save {
        SaveOutcome apply(IntegrationRequest request);
    }

    private void save(Context ctx, Optional<Integration> current, String definition, Save save) {
        List<ValidationProblem> problems;
        try {
            SaveOutcome outcome = save.apply(reader.read(ConsolePages.JSON.readTree(definition)));
            if (outcome instanceof SaveOutcome.Saved saved) {
                audit.record(
                        ctx,
                        saved.created() ? "integration.created" : "integration.replaced",
                        new Target("integration", saved.integration().id().toString()),
                        current.map(writer::write),
                        Optional.of(writer.write(saved.integration())));
                ctx.redirect(INTEGRATIONS + "/" + saved.integration().id() + "?notice=saved", HttpStatus.SEE_OTHER);
                return;
            }
            problems = outcome instanceof SaveOutcome.Invalid invalid
                    ? invalid.problems()
                    : List.of(new ValidationProblem("", "the integration no longer exists"));
        } catch (ValidationException e) {
            problems = e.problems();
        } catch (JsonProcessingException e) {
            problems = List.of(new ValidationProblem(
                    "",
                    "is not JSON: " + e.getOriginalMessage() + " (line "
                            + e.getLocation().getLineNr() + ")"));
        }
        editor(ctx, 400, current, definition, problems, "");
    }

    private void toggle(Context ctx) {
        Integration current = integration(ctx);
        ObjectNode definition = editable(current).put("enabled", !current.enabled());
        IntegrationRequest request = reader.read(definition);
        SaveOutcome outcome =
                integrations.replace(new ReplaceIntegrationCommand(current.id(), request.draft(), request.secrets()));
        if (outcome instanceof SaveOutcome.Saved saved) {
            audit.record(
                    ctx,
                    "integration.replaced",
                    new Target("integration", current.id().toString()),
                    Optional.of(writer.write(current)),
                    Optional.of(writer.write(saved.integration())));
        }
        ctx.redirect(
                ConsoleSession.HOME + "?notice=" + (current.enabled() ? "disabled" : "enabled"), HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) {
        Integration current = integration(ctx);
        if (integrations.delete(current.id())) {
            audit.record(
                    ctx,
                    "integration.deleted",
                    new Target("integration", current.id().toString()),
                    Optional.of(writer.write(current)),
                    Optional.empty());
        }
        ctx.redirect(ConsoleSession.HOME + "?notice=deleted", HttpStatus.SEE_OTHER);
    }

    private void test(Context ctx) {
        Integration current = integration(ctx);
        String event = Optional.ofNullable(ctx.formParam("event")).orElse(EXAMPLE_EVENT);
        String trace;
        List<ValidationProblem> problems = List.of();
        try {
            TestRunOutcome outcome =
                    tests.testSaved(new TestSavedCommand(current.id(), events.read(ConsolePages.JSON.readTree(event))));
            trace = switch (outcome) {
                case TestRunOutcome.Traced traced -> ConsolePages.pretty(traces.write(traced));
                case TestRunOutcome.NotFound notFound -> "";
                case TestRunOutcome.Invalid invalid -> {
                    problems = invalid.problems();
                    yield "";
                }
            };
        } catch (ValidationException e) {
            problems = e.problems();
            trace = "";
        } catch (JsonProcessingException e) {
            problems = List.of(new ValidationProblem("", "the example event is not JSON: " + e.getOriginalMessage()));
            trace = "";
        }
        Map<String, Object> model =
                editorModel(ctx, Optional.of(current), ConsolePages.pretty(editable(current)), problems, trace);
        model.put("event", event);
        page(ctx, problems.isEmpty() ? 200 : 400, current.name(), "console/integration.jte", model);
    }

    private void editor(
            Context ctx,
            int status,
            Optional<Integration> current,
            String definition,
            List<ValidationProblem> problems,
            String trace) {
        Map<String, Object> model = editorModel(ctx, current, definition, problems, trace);
        model.put("event", EXAMPLE_EVENT);
        page(ctx, status, current.map(Integration::name).orElse("New integration"), "console/integration.jte", model);
    }

    private static Map<String, Object> editorModel(
            Context ctx,
            Optional<Integration> current,
            String definition,
            List<ValidationProblem> problems,
            String trace) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", current.map(integration -> integration.id().toString()).orElse(""));
        model.put("definition", definition);
        model.put("problems", problems);
        model.put("trace", trace);
        model.put("notice", Optional.ofNullable(ctx.queryParam("notice")).orElse(""));
        return model;
    }

    private void page(Context ctx, int status, String title, String template, Map<String, Object> model) {
        console.page(ctx, status, title, template, model);
    }

    private Integration integration(Context ctx) {
        return integration(ctx, integrations);
    }

    /** The integration the page's path names; a console page says when there is none. */
    static Integration integration(Context ctx, ManageIntegrationsUseCase integrations) {
        String text = ctx.pathParam("id");
        return IntegrationId.parse(text)
                .flatMap(integrations::find)
                .orElseThrow(() -> new ConsoleSession.NotFound("No integration has id " + text + "."));
    }

    /** The integration as the editor shows it: what a PUT takes; secrets left out are kept. */
    private ObjectNode editable(Integration integration) {
        ObjectNode node = writer.write(integration);
        node.remove(List.of("id", "credentials", "authentications", "oauthClientSecretSet"));
        return node;
    }
}
