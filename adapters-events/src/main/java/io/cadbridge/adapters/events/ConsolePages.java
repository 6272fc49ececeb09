package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** A console page: its template rendered inside the console's layout, with the session's CSRF token. */
@Singleton
final class ConsolePages {

    /** Reads what the editors submit and writes what they show. */
    static final ObjectMapper JSON = ApiJson.newMapper();

    private final Pages pages;
    private final Assets assets;

    @Inject
    ConsolePages(Pages pages, Assets assets) {
        this.pages = requireNonNull(pages, "pages is null");
        this.assets = requireNonNull(assets, "assets is null");
    }

    /** A document as the editors and record pages show it, indented. */
    static String pretty(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree did not write", e);
        }
    }

    void page(Context ctx, int status, String title, String template, Map<String, Object> model) {
        Map<String, Object> parameters = new HashMap<>(model);
        parameters.put("csrf", ConsoleSession.csrf(ctx));
        String body = pages.render(template, parameters);
        Content content = new Content() {
            @Override
            public void writeTo(TemplateOutput output) {
                output.writeContent(body);
            }
        };
        pages.answer(
                ctx,
                status,
                "console/layout.jte",
                Map.of(
                        "title",
                        title,
                        "csrf",
                        ConsoleSession.csrf(ctx),
                        "stylesheet",
                        assets.url("cadbridge.css"),
                        "content",
                        content));
    }
}
