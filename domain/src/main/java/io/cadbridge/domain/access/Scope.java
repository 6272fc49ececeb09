package io.cadbridge.domain.access;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API token may do. Each route of the API needs one scope; {@link #ADMIN} holds every one.
 * The scopes follow the callers: Contact Pro sends events, an agent desktop asks for agent links, a
 * reporting tool reads history, a monitoring system scrapes metrics, administrators configure.
 */
public enum Scope {
    /** Everything, including tokens and erasures. */
    ADMIN("admin"),
    /**
     * Integrations, their tests, runs and circuit breakers, channel settings, the directory, and the
     * Kafka records that held no event: what an operator reads to see why data did not arrive.
     */
    INTEGRATIONS_WRITE("integrations:write"),
    /** Conversation events (what Contact Pro holds), and contact data given afterwards. */
    EVENTS_WRITE("events:write"),
    /** A conversation's attached data as its agent sees it, and links to that view. */
    AGENT_READ("agent:read"),
    /** History, reports and saved contact data. */
    REPORTS_READ("reports:read"),
    /** The metrics of the service. */
    METRICS_READ("metrics:read");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether a token holding this scope may use a route that needs {@code needed}. */
    public boolean grants(Scope needed) {
        return this == ADMIN || this == needed;
    }

    public static Optional<Scope> parse(String text) {
        return Arrays.stream(values())
                .filter(scope -> scope.wireName.equals(text))
                .findFirst();
    }
}
