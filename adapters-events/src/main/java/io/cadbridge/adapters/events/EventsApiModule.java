package io.cadbridge.adapters.events;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;

/**
 * Binds the inbound HTTP API. The composition root supplies the use cases and {@link ApiAccess},
 * and starts the server; a module never starts anything.
 */
public final class EventsApiModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(ApiServer.class).in(Scopes.SINGLETON);
    }
}
