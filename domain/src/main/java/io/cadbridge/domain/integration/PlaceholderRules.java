package io.cadbridge.domain.integration;

import io.cadbridge.domain.template.PathSegment;
import io.cadbridge.domain.template.PlaceholderPath;
import io.cadbridge.domain.template.PlaceholderPolicy;
import io.cadbridge.domain.validation.Suggestions;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which placeholders may appear in the endpoint URL, the request and the response. */
final class PlaceholderRules {

    static final Set<String> CONTACT_PROPERTIES = Set.of(
            "id",
            "guid",
            "channel_type",
            "channel_sub_type",
            "direction",
            "created",
            "language",
            "priority",
            "skills",
            "queue",
            "forwarding_queue",
            "agent",
            "preferred_agent",
            "required_agents",
            "transferring_agent",
            "source",
            "destination");
    private static final Set<String> EVENT_PROPERTIES = Set.of("id", "name", "datetime");

    /** The endpoint URL: conversation data only. */
    static final PlaceholderPolicy ENDPOINT = path -> check(path, Set.of("contact", "event", "config_id"));
    /** Headers, params, body: conversation data and the integration's stored secrets. */
    static final PlaceholderPolicy REQUEST =
            path -> check(path, Set.of("contact", "event", "config_id", "authentications"));
    /** Response handling: the answer and the request made; never secrets, so they cannot land in attached data. */
    static final PlaceholderPolicy RESPONSE = path -> check(
            path,
            Set.of(
                    "contact",
                    "event",
                    "config_id",
                    "response",
                    "request",
                    "url",
                    "method",
                    "query_params",
                    "status",
                    "duration",
                    "debug"));

    private PlaceholderRules() {}

    private static Optional<String> check(PlaceholderPath path, Set<String> roots) {
        String root = path.root();
        if (!roots.contains(root)) {
            String hint = Suggestions.didYouMean(root, roots);
            return Optional.of("\"" + root + "\" cannot be used here" + hint + "; available: " + new TreeSet<>(roots));
        }
        if (root.equals("contact")) {
            return property(path, CONTACT_PROPERTIES, "contact");
        }
        if (root.equals("event")) {
            return property(path, EVENT_PROPERTIES, "event");
        }
        return Optional.empty();
    }

    private static Optional<String> property(PlaceholderPath path, Set<String> properties, String root) {
        if (path.segments().size() < 2) {
            return Optional.empty();
        }
        if (path.segments().get(1) instanceof PathSegment.Member member) {
            if (properties.contains(member.name())) {
                return Optional.empty();
            }
            return Optional.of("unknown " + root + " property \"" + member.name() + "\""
                    + Suggestions.didYouMean(member.name(), properties) + "; known: " + new TreeSet<>(properties));
        }
        return Optional.of(root + " is an object: name one of its properties " + new TreeSet<>(properties));
    }
}
