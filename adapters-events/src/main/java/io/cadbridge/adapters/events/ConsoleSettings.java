package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.application.port.in.DisplayProfilesUseCase;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.ManageDirectoryUseCase;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.directory.AgentEntry;
import io.cadbridge.domain.directory.QueueEntry;
import io.cadbridge.domain.directory.QueueIds;
import io.cadbridge.domain.display.ProfileScope;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The console's settings: each channel's extra data settings and display profile, and the directory's
 * queues and agents, edited as the API's JSON with a failed save's problems at their pointers, and
 * recorded in the audit log like the API's changes.
 */
final class ConsoleSettings implements ApiRoutes {

    private static final List<String> CHANNELS = List.of("phone", "chat", "email");

    /** One editable document: how it reads, how it saves (answering the saved form), and how the audit log names it. */
    private record Editable(
            String title, String hint, Function<Context, JsonNode> read, Save save, String action, Target target) {}

    private interface Save {
        JsonNode apply(Context ctx, JsonNode body);
    }

    private final ExtraDataSettingsUseCase settings;
    private final DisplayProfilesUseCase profiles;
    private final ManageDirectoryUseCase directory;
    private final ConsolePages console;
    private final Audit audit;
    private final ExtraDataSettingsReader settingsReader = new ExtraDataSettingsReader();
    private final ExtraDataSettingsWriter settingsWriter = new ExtraDataSettingsWriter();
    private final DisplayProfileReader profileReader = new DisplayProfileReader();
    private final DirectoryBodyReader<QueueEntry> queueReader =
            new DirectoryBodyReader<>("queues", new QueueEntryReader(), QueueIds::canonical);
    private final DirectoryBodyReader<AgentEntry> agentReader =
            new DirectoryBodyReader<>("agents", new AgentEntryReader(), AgentEntryReader::idKey);
    private final DirectoryWriter directoryWriter = new DirectoryWriter();

    @Inject
    ConsoleSettings(
            ExtraDataSettingsUseCase settings,
            DisplayProfilesUseCase profiles,
            ManageDirectoryUseCase directory,
            ConsolePages console,
            Audit audit) {
        this.settings = requireNonNull(settings, "settings is null");
        this.profiles = requireNonNull(profiles, "profiles is null");
        this.directory = requireNonNull(directory, "directory is null");
        this.console = requireNonNull(console, "console is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/console/settings",
                ctx -> console.page(
                        ctx,
                        200,
                        "Settings",
                        "console/settings.jte",
                        Map.of(
                                "channels",
                                CHANNELS,
                                "queues",
                                directory.queues().stream()
                                        .map(queue -> List.of(queue.id(), queue.name()))
                                        .toList())),
                Access.CONSOLE);
        routes.get("/console/settings/{kind}/{name}", ctx -> show(ctx, editable(ctx)), Access.CONSOLE);
        routes.post("/console/settings/{kind}/{name}", this::save, Access.CONSOLE);
    }

    private void show(Context ctx, Editable editable) {
        editor(
                ctx,
                200,
                editable,
                ConsolePages.pretty(editable.read().apply(ctx)),
                List.of(),
                Optional.ofNullable(ctx.queryParam("notice")).orElse(""));
    }

    private void save(Context ctx) {
        Editable editable = editable(ctx);
        String text = Optional.ofNullable(ctx.formParam("definition")).orElse("");
        List<ValidationProblem> problems;
        try {
            JsonNode before = editable.read().apply(ctx);
            JsonNode after = editable.save().apply(ctx, ConsolePages.JSON.readTree(text));
            audit.record(ctx, editable.action(), editable.target(), Optional.of(before), Optional.of(after));
            ctx.redirect(ctx.path() + "?notice=saved", HttpStatus.SEE_OTHER);
            return;
        } catch (ValidationException e) {
            problems = e.problems();
        } catch (JsonProcessingException e) {
            problems = List.of(new ValidationProblem("", "is not JSON: " + e.getOriginalMessage()));
        }
        editor(ctx, 400, editable, text, problems, "");
    }

    private Editable editable(Context ctx) {
        String kind = ctx.pathParam("kind");
        String name = ctx.pathParam("name");
        return switch (kind) {
            case "extra-data-settings" -> {
                ChannelType channel = channel(name);
                yield new Editable(
                        "Extra data settings: " + name,
                        "Which attached-data keys are shown when a conversation is allocated and which are kept for statistics and history (Contact Pro's Extra Data Settings).",
                        any -> settingsWriter.write(settings.settingsFor(channel)),
                        (any, body) -> {
                            settings.configure(settingsReader.read(channel, body));
                            return settingsWriter.write(settings.settingsFor(channel));
                        },
                        "extra-data-settings.changed",
                        new Target("channel", channel.wireName()));
            }
            case "display-profile" ->
                displayProfile(
                        new ProfileScope.Channel(channel(name)),
                        "Display profile: " + name,
                        "How the agent's view shows attached data: which keys, in which order, labelled how, as what (docs/ui.md).");
            case "queue-display-profile" ->
                displayProfile(
                        queueScope(name),
                        "Display profile of queue " + name,
                        "How the agent's view shows attached data for this queue's conversations; it wins over the channel's profile (docs/ui.md).");
            case "directory" ->
                switch (name) {
                    case "queues" ->
                        new Editable(
                                "Directory: queues",
                                "The contact center's queues (id, channel, addresses). Saving adds or replaces the queues listed; others stay.",
                                any -> directoryWriter.queues(directory.queues()),
                                (any, body) -> {
                                    directory.upsertQueues(queueReader.read(body));
                                    return directoryWriter.queues(directory.queues());
                                },
                                "directory.queues.upserted",
                                new Target("directory", "queues"));
                    case "agents" ->
                        new Editable(
                                "Directory: agents",
                                "The contact center's agents (id, number, chat address). Saving adds or replaces the agents listed; others stay.",
                                any -> directoryWriter.agents(directory.agents()),
                                (any, body) -> {
                                    directory.upsertAgents(agentReader.read(body));
                                    return directoryWriter.agents(directory.agents());
                                },
                                "directory.agents.upserted",
                                new Target("directory", "agents"));
                    default ->
                        throw new ConsoleSession.NotFound("The directory has queues and agents, not " + name + ".");
                };
            default -> throw new ConsoleSession.NotFound("No settings are named " + kind + ".");
        };
    }

    private Editable displayProfile(ProfileScope scope, String title, String hint) {
        return new Editable(
                title,
                hint,
                any -> DisplayProfileRoutes.write(profiles.profile(scope)),
                (any, body) -> {
                    profiles.configure(scope, profileReader.read(body));
                    return DisplayProfileRoutes.write(profiles.profile(scope));
                },
                "display-profile.changed",
                new Target("display-profile", scope.name()));
    }

    private static ProfileScope queueScope(String name) {
        try {
            return new ProfileScope.Queue(name);
        } catch (IllegalArgumentException e) {
            throw new ConsoleSession.NotFound("No queue has id " + name + ".");
        }
    }

    private static ChannelType channel(String name) {
        return ChannelType.fromWireName(name)
                .filter(channel -> CHANNELS.contains(channel.wireName()))
                .orElseThrow(() ->
                        new ConsoleSession.NotFound("Settings belong to phone, chat or email, not " + name + "."));
    }

    private void editor(
            Context ctx,
            int status,
            Editable editable,
            String definition,
            List<ValidationProblem> problems,
            String notice) {
        console.page(
                ctx,
                status,
                editable.title(),
                "console/json-editor.jte",
                Map.of(
                        "action", ctx.path(),
                        "hint", editable.hint(),
                        "definition", definition,
                        "problems", problems,
                        "notice", notice));
    }
}
