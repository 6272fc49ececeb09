package io.cadbridge.spi;

/**
 * The host's HTTP port, lent to an adapter for one lookup. The host adds authentication, applies the
 * integration's timeout, retries (honouring {@code Retry-After}), circuit breaker, concurrency limit
 * and size cap, and records every call in the run's trace with secrets masked.
 */
public interface VendorHttp {

    /**
     * Sends one request and returns the vendor's answer, whatever its status.
     *
     * @throws VendorException {@link VendorException.Kind#UNAVAILABLE} when no answer came (timeout,
     *     refused connection, open circuit, limit reached) or no token could be had
     */
    VendorResponse send(VendorRequest request) throws VendorException;
}
