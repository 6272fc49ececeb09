package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.access.Scope;
import io.javalin.security.RouteRole;

/**
 * What a route needs to be called, given with each route as its Javalin role: a {@link Scope}, or
 * nothing ({@link #OPEN}: the health probes, the schemas and the OpenAPI document). {@link ApiServer} refuses to start when a
 * route declares none, or more than one.
 */
sealed interface Access extends RouteRole {

    Access OPEN = new Open();

    static Access needs(Scope scope) {
        return new Needs(scope);
    }

    record Needs(Scope scope) implements Access {
        public Needs {
            requireNonNull(scope, "scope is null");
        }
    }

    record Open() implements Access {}
}
