package io.cadbridge.spi;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.List;

/**
 * A CRM vendor adapter: turns a conversation event into one or more calls to the vendor's API and
 * returns one JSON document, which the integration's {@code response} reads as {@code {response.body}}.
 *
 * <p>Found with {@link java.util.ServiceLoader}: a plugin jar lists its implementation in
 * {@code META-INF/services/io.cadbridge.spi.VendorAdapter}. One instance serves every integration
 * that names it, on many threads at once: keep no per-call state in fields.
 *
 * <p>What the host keeps: authentication and token refresh, timeouts, retries (honouring
 * {@code Retry-After}), the circuit breaker, the bulkhead, size caps, secret masking and the run
 * log. An adapter never sees a secret value or a raw HTTP client, and never sleeps.
 */
public interface VendorAdapter {

    /** The version of this SPI. An adapter built for a newer one is refused at start-up. */
    int SPI_VERSION = 1;

    /** Name, version, settings schema, secrets, capabilities and default {@code save} mapping. */
    VendorDescriptor descriptor();

    /**
     * Checks an integration's {@code vendorSettings} beyond what the settings schema already says
     * (the host checks the schema first and calls this only when it holds). No network calls, no I/O.
     *
     * @return the problems found, each with a JSON pointer relative to {@code vendorSettings}
     *     ({@code "/instanceUrl"}); empty when the settings are usable
     */
    List<SettingsProblem> validate(JsonObject settings);

    /** How the host authenticates the calls of an integration with these (valid) settings. */
    VendorAuth authentication(JsonObject settings);

    /**
     * Looks up what the agent should see for one event.
     *
     * @param http the host's HTTP port: paths are relative to the integration's {@code endpointUrl}
     *     (or to the {@code instance_url} its token answer gave)
     * @return the document that {@code {response.body}} reads
     * @throws VendorException when the vendor refuses or fails in a way the adapter recognises
     *     (throttled, credentials refused, an answer it cannot read)
     */
    JsonValue lookup(VendorLookup lookup, VendorHttp http) throws VendorException;
}
