package io.cadbridge.domain.integration;

import io.cadbridge.domain.template.PathSegment;
import io.cadbridge.domain.template.PlaceholderPath;
import io.cadbridge.domain.template.Template;
import io.cadbridge.domain.template.TemplateValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which {@code save} keys read only request and response metadata (ADR 0019): the configuration id,
 * the request's URL, method and query parameters, the answer's status, duration and headers, and
 * the debug object. Those are saved when the CRM's answer is not 2xx, or when no answer came, so
 * that Contact Pro's debugging configuration shows the agent what went wrong. A key that reads
 * anything else — the answer's body, the contact, the event — or no placeholder at all is saved
 * only on success: a 404 for an unknown caller must not write empty customer data.
 */
final class MetadataKeys {

    /** Placeholders that are metadata wherever they sit: {@code {url}}, {@code {debug}}, {@code {request.method}}, … */
    private static final Set<String> METADATA_ROOTS =
            Set.of("config_id", "url", "method", "query_params", "status", "duration", "debug", "request");
    /** Members of {@code response} that are metadata: everything but the body. */
    private static final Set<String> RESPONSE_METADATA = Set.of("status", "duration", "headers", "debug");

    private MetadataKeys() {}

    /** The keys of {@code save} whose every placeholder is metadata (and that have at least one); empty when none. */
    static Optional<TemplateValue.ObjectValue> of(TemplateValue.ObjectValue save) {
        Map<String, TemplateValue> kept = new LinkedHashMap<>();
        save.members().forEach((key, value) -> {
            if (readsOnlyMetadata(value.templates())) {
                kept.put(key, value);
            }
        });
        return kept.isEmpty() ? Optional.empty() : Optional.of(new TemplateValue.ObjectValue(kept));
    }

    private static boolean readsOnlyMetadata(List<Template> templates) {
        List<PlaceholderPath> paths = templates.stream()
                .flatMap(template -> template.placeholders().stream())
                .toList();
        return !paths.isEmpty() && paths.stream().allMatch(MetadataKeys::isMetadata);
    }

    static boolean isMetadata(PlaceholderPath path) {
        if (METADATA_ROOTS.contains(path.root())) {
            return true;
        }
        return path.root().equals("response")
                && path.segments().size() > 1
                && path.segments().get(1) instanceof PathSegment.Member member
                && RESPONSE_METADATA.contains(member.name());
    }
}
