package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How cadbridge's pages may be embedded: the origins allowed to frame them (CSP
 * {@code frame-ancestors}; {@code CADBRIDGE_FRAME_ANCESTORS}), by default only cadbridge itself.
 */
public record PageSettings(List<String> frameAncestors) {

    /** A scheme and host, with an optional port and a leading {@code *.} wildcard; or a CSP keyword. */
    private static final Pattern SOURCE =
            Pattern.compile("'self'|'none'|https?://(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?");

    /** Declared after {@link #SOURCE}, which its construction reads. */
    public static final PageSettings DEFAULT = new PageSettings(List.of("'self'"));

    public PageSettings {
        frameAncestors = List.copyOf(requireNonNull(frameAncestors, "frameAncestors is null"));
        if (frameAncestors.isEmpty()) {
            throw new IllegalArgumentException("name at least one origin, or 'none'");
        }
        for (String source : frameAncestors) {
            if (!SOURCE.matcher(source).matches()) {
                throw new IllegalArgumentException(
                        "\"" + source
                                + "\" is not an origin (https://desktop.example.com, https://*.example.com:8443) nor 'self' or 'none'");
            }
        }
    }

    /** Comma- or space-separated origins, as the setting is written. */
    public static PageSettings parse(String text) {
        return new PageSettings(List.of(text.trim().split("[,\\s]+")));
    }
}
