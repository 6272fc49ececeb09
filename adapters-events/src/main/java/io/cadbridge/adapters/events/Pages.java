package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Renders the precompiled jte templates ({@code src/main/jte}, HTML-escaped by context at compile
 * time) and answers them with the pages' security headers: a strict content security policy (scripts
 * and styles from cadbridge only), framing only by the configured origins, no referrer, no sniffing.
 */
@Singleton
final class Pages {

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final String policy;

    @Inject
    Pages(PageSettings settings) {
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors "
                + String.join(" ", requireNonNull(settings, "settings is null").frameAncestors());
    }

    String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        templates.render(template, parameters, output);
        return output.toString();
    }

    void answer(Context ctx, int status, String template, Map<String, Object> parameters) {
        secure(ctx);
        ctx.status(status).html(render(template, parameters));
    }

    /** The headers every page and stream carries. */
    void secure(Context ctx) {
        ctx.header("Content-Security-Policy", policy)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }
}
