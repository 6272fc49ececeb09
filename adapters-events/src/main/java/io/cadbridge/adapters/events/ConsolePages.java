package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

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

    private final Pages pages;
    private final Assets assets;

    @Inject
    ConsolePages(Pages pages, Assets assets) {
        this.pages = requireNonNull(pages, "pages is null");
        this.assets = requireNonNull(assets, "assets is null");
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
