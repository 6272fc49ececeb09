package io.cadbridge.adapters.events;

import io.javalin.config.RoutesConfig;

/**
 * The endpoints of one resource. {@link EventsApiModule} contributes each implementation to a set
 * that {@link ApiServer} registers, so a new endpoint needs no change to the server. No two
 * contributions share a method and path, so the order of registration does not matter.
 */
interface ApiRoutes {

    void register(RoutesConfig routes);
}
