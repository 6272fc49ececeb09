package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cadbridge.application.port.in.AgentViewUseCase;
import io.cadbridge.application.port.in.AgentViewUseCase.Link;
import io.cadbridge.domain.access.AgentLinkToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The agent's Conversation Details. An agent desktop asks {@code POST /v1/agent-links} (scope
 * {@code agent:read}) for a link to the conversation offered; the page it opens shows the attached
 * data by the conversation's display profile, and its stream pushes the same fragment again after each
 * change (htmx's SSE extension swaps it in). The link's token opens that one conversation, until it
 * expires; anything else gets a page that says so, with no data.
 */
final class AgentViewRoutes implements ApiRoutes, AutoCloseable {

    static final String LINKS = "/v1/agent-links";
    static final String PAGE = "/agent/conversations/{contactId}";
    static final String STREAM = PAGE + "/stream";
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final String TOKEN = "token";
    private static final String CONVERSATION_ID = "conversationId";
    private static final String VERDICT = "cadbridge.agent-link";
    /** The time of the data the page was rendered with: the stream's first push is skipped when nothing is newer. */
    private static final String SINCE = "since";

    private final AgentViewUseCase agentView;
    private final JsonBodies json;
    private final Pages pages;
    private final Assets assets;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("cadbridge-sse-heartbeat").daemon().factory());

    @Inject
    AgentViewRoutes(AgentViewUseCase agentView, JsonBodies json, Pages pages, Assets assets) {
        this.agentView = requireNonNull(agentView, "agentView is null");
        this.json = requireNonNull(json, "json is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.assets = requireNonNull(assets, "assets is null");
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
    }

    /** A refused link: the page says why; a stream gets the same status, so the browser does not retry. */
    static final class LinkRefused extends RuntimeException {
        LinkRefused(String message) {
            super(message);
        }
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(LINKS, this::link, Access.needs(Scope.AGENT_READ));
        // Every route, not a path pattern: an agent-link route added anywhere is checked all the same.
        routes.beforeMatched(this::checkLink);
        routes.get(PAGE, this::page, Access.AGENT_LINK);
        routes.sse(STREAM, this::stream, Access.AGENT_LINK);
        routes.exception(
                LinkRefused.class,
                (refused, ctx) -> pages.answer(
                        ctx,
                        403,
                        "agent/refused.jte",
                        Map.of(
                                "title", "This link cannot be opened",
                                "message", refused.getMessage(),
                                "stylesheet", assets.url("cadbridge.css"))));
    }

    private void link(Context ctx) {
        ConversationId conversation = conversationOf(json.read(ctx));
        Link link = agentView.link(conversation);
        String path = "/agent/conversations/" + encode(conversation.value()) + "?" + TOKEN + "=" + link.token();
        json.write(
                ctx,
                200,
                JsonNodeFactory.instance
                        .objectNode()
                        .put("url", ctx.scheme() + "://" + ctx.host() + path)
                        .put("expiresAt", link.expiresAt().toString()));
    }

    private void checkLink(Context ctx) {
        if (!ctx.routeRoles().contains(Access.AGENT_LINK)) {
            return;
        }
        String token = Optional.ofNullable(ctx.queryParam(TOKEN)).orElse("");
        switch (agentView.check(token)) {
            case AgentLinkToken.Verdict.Valid valid -> {
                if (!valid.conversation().value().equals(ctx.pathParam("contactId"))) {
                    throw new LinkRefused("This link opens another conversation. Open the conversation again from"
                            + " your desktop to get its own link.");
                }
                ctx.attribute(VERDICT, valid);
            }
            case AgentLinkToken.Verdict.Expired expired ->
                throw new LinkRefused("This link expired at " + expired.expiredAt()
                        + ". Open the conversation again from your desktop to get a new one.");
            case AgentLinkToken.Verdict.Invalid invalid ->
                throw new LinkRefused("This is not a valid link to a conversation: it may have been shortened or"
                        + " changed. Open the conversation again from your desktop.");
        }
    }

    private void page(Context ctx) {
        AgentLinkToken.Verdict.Valid link = ctx.attribute(VERDICT);
        Locale locale = locale(ctx);
        AgentViewUseCase.View view = agentView.view(link.conversation(), locale);
        pages.answer(
                ctx,
                200,
                "agent/page.jte",
                Map.of(
                        "conversationId", link.conversation().value(),
                        "groups", view.groups(),
                        "streamUrl",
                                "/agent/conversations/"
                                        + encode(link.conversation().value()) + "/stream?" + TOKEN + "="
                                        + ctx.queryParam(TOKEN) + "&lang=" + locale.toLanguageTag() + "&" + SINCE + "="
                                        + view.updatedAt()
                                                .map(Instant::toEpochMilli)
                                                .orElse(0L),
                        "lang", locale.toLanguageTag(),
                        "stylesheet", assets.url("cadbridge.css"),
                        "script", assets.url("agent.js"),
                        "htmx", Assets.HTMX,
                        "htmxSse", Assets.HTMX_SSE));
    }

    /**
     * Sends the whole fragment after each change, and at once when the data is newer than the page's
     * (so a reconnect resynchronises without redrawing what is already shown); a comment every
     * {@link #KEEP_ALIVE} keeps proxies and Jetty's idle timeout from closing a quiet stream. A link
     * that expires while open replaces the data with a notice and ends the stream.
     */
    private void stream(SseClient client) {
        Context ctx = client.ctx();
        AgentLinkToken.Verdict.Valid link = ctx.attribute(VERDICT);
        Locale locale = locale(ctx);
        long since = since(ctx);
        pages.secure(ctx);
        client.keepAlive();
        Runnable push = () -> show(client, link, agentView.view(link.conversation(), locale));
        AutoCloseable watch =
                agentView.watch(link.conversation(), () -> Thread.startVirtualThread(() -> send(client, push)));
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(
                () -> client.sendComment("keep-alive"),
                KEEP_ALIVE.toMillis(),
                KEEP_ALIVE.toMillis(),
                TimeUnit.MILLISECONDS);
        client.onClose(() -> {
            heartbeat.cancel(false);
            try {
                watch.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        AgentViewUseCase.View now = agentView.view(link.conversation(), locale);
        if (now.updatedAt().filter(at -> at.toEpochMilli() > since).isPresent()) {
            send(client, () -> show(client, link, now));
        }
    }

    /** Pushes the view's rows; once the link has expired, a notice instead, and the stream ends. */
    private void show(SseClient client, AgentLinkToken.Verdict.Valid link, AgentViewUseCase.View view) {
        if (!Instant.now().isBefore(link.expiresAt())) {
            client.sendEvent("cad", pages.render("agent/expired.jte", Map.of()));
            client.close();
            return;
        }
        client.sendEvent("cad", pages.render("agent/details.jte", Map.of("groups", view.groups())));
    }

    private static long since(Context ctx) {
        try {
            return Long.parseLong(Optional.ofNullable(ctx.queryParam(SINCE)).orElse("0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One push at a time per stream, in order. */
    private static void send(SseClient client, Runnable push) {
        synchronized (client) {
            if (!client.terminated()) {
                push.run();
            }
        }
    }

    private static ConversationId conversationOf(JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        fields.rejectUnknown(Set.of(CONVERSATION_ID));
        Optional<String> id = fields.requiredText(CONVERSATION_ID);
        id.filter(text -> text.isBlank() || text.length() > ConversationId.MAX_LENGTH)
                .ifPresent(text -> fields.problem(
                        fields.pointerTo(CONVERSATION_ID),
                        "must be a conversation's contact id, 1 to " + ConversationId.MAX_LENGTH + " characters"));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ConversationId(id.orElseThrow());
    }

    /** {@code ?lang=} (what the desktop knows), else the browser's first language, else English. */
    private static Locale locale(Context ctx) {
        String tag = Optional.ofNullable(ctx.queryParam("lang"))
                .or(() -> Optional.ofNullable(ctx.header("Accept-Language"))
                        .map(header -> header.split("[,;]")[0].trim()))
                .filter(text -> !text.isEmpty() && !text.equals("*"))
                .orElse("en");
        Locale locale = Locale.forLanguageTag(tag);
        return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
