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

    public EndpointUrl {
        requireNonNull(template, "template is null");
    }

    public String source() {
        return template.source();
    }

    public static Optional<EndpointUrl> parse(String text, String pointer, List<ValidationProblem> problems) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            problems.add(new ValidationProblem(pointer, "must start with https:// (or http://)"));
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            problems.add(new ValidationProblem(pointer, "has at most " + MAX_LENGTH + " characters"));
            return Optional.empty();
        }
        TemplateValue compiled = TemplateValue.compileText(text, pointer, PlaceholderRules.ENDPOINT, problems);
        return compiled instanceof TemplateValue.Text url ? Optional.of(new EndpointUrl(url.template())) : Optional.empty();
    }

    public String render(PlaceholderScope scope) {
        StringBuilder out = new StringBuilder();
        for (Template.Part part : template.parts()) {
            switch (part) {
                case Template.Literal literal -> out.append(literal.text());
                case Template.Placeholder placeholder -> out.append(encode(scope.text(placeholder.path())));
            }
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
