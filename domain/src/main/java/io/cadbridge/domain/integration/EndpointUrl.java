package io.cadbridge.domain.integration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.template.PlaceholderScope;
import io.cadbridge.domain.template.Template;
import io.cadbridge.domain.template.TemplateValue;
import io.cadbridge.domain.validation.ValidationProblem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Endpoint URL of an integration, e.g. {@code https://crm.example/contacts/{contact.id}}.
 * Placeholder values are percent-encoded, so a value cannot change the URL's structure.
 */
public record EndpointUrl(Template template) {

    public static final int MAX_LENGTH = 2048;
    /** Contact Pro's echo endpoint: no HTTP call; the answer is the conversation's attached data. */
    public static final String ECHO = "edi://echo";

    public EndpointUrl {
        requireNonNull(template, "template is null");
    }

    public String source() {
        return template.source();
    }

    public static Optional<EndpointUrl> parse(String text, String pointer, List<ValidationProblem> problems) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        if (lower.equals(ECHO)) {
            return Optional.of(new EndpointUrl(Template.parse(ECHO)));
        }
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            problems.add(new ValidationProblem(
                    pointer, "must start with https:// (or http:// where the operator allows it), or be " + ECHO));
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            problems.add(new ValidationProblem(pointer, "has at most " + MAX_LENGTH + " characters"));
            return Optional.empty();
        }
        TemplateValue compiled = TemplateValue.compileText(text, pointer, PlaceholderRules.ENDPOINT, problems);
        return compiled instanceof TemplateValue.Text url
                ? Optional.of(new EndpointUrl(url.template()))
                : Optional.empty();
    }

    public boolean isEcho() {
        return template.source().equals(ECHO);
    }

    /** Plain http is refused unless the operator allows it. */
    public boolean isPlainHttp() {
        return template.source().toLowerCase(Locale.ROOT).startsWith("http://");
    }

    public String render(PlaceholderScope scope) {
        StringBuilder out = new StringBuilder();
        for (Template.Part part : template.parts()) {
            switch (part) {
                case Template.Literal literal -> out.append(literal.text());
                case Template.Hole hole -> out.append(encode(scope.text(hole.placeholder())));
            }
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
