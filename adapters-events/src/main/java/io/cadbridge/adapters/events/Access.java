package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.access.Scope;
import io.javalin.security.RouteRole;

/**
 * What a route needs to be called, given with each route as its Javalin role: a {@link Scope}, or
 * nothing ({@link #OPEN}: the health probes, the schemas, the OpenAPI document and static assets), or an
 * agent link ({@link #AGENT_LINK}), or a console session ({@link #CONSOLE}). {@link ApiServer} refuses to start when a
 * route declares none, or more than one.
 */
sealed interface Access extends RouteRole {

    Access OPEN = new Open();

    /** An agent-view page: its {@code ?token=} must be a valid link to the conversation in its path. */
    Access AGENT_LINK = new AgentLink();

    /** A console page: an administrator signed in (the session cookie), and a CSRF token on every form. */
    Access CONSOLE = new Console();

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

    /** Checked by {@link ConsoleSession} (a page that needs signing in redirects there, not 401 JSON). */
    record Console() implements Access {}
}
