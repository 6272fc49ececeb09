package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.access.Scope;
import io.javalin.security.RouteRole;

/**
 * What a route needs to be called, given with each route as its Javalin role: a {@link Scope}, or
 * nothing ({@link #OPEN}: the health probes, the schemas, the OpenAPI document and static assets), or an
 * agent link ({@link #AGENT_LINK}). {@link ApiServer} refuses to start when a
 * route declares none, or more than one.
 */
sealed interface Access extends RouteRole {

    Access OPEN = new Open();

    /** An agent-view page: its {@code ?token=} must be a valid link to the conversation in its path. */
    Access AGENT_LINK = new AgentLink();

    static Access needs(Scope scope) {
        return new Needs(scope);
    }

    record Needs(Scope scope) implements Access {
        public Needs {
            requireNonNull(scope, "scope is null");
        }
    }

    record Open() implements Access {}

    /** Checked by {@link AgentViewRoutes} (a page answers a refusal with a page, not JSON). */
    record AgentLink() implements Access {}
}
