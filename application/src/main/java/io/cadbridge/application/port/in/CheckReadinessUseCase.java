package io.cadbridge.application.port.in;

import java.util.Optional;

/** Whether this process can do its work now (a load balancer's readiness probe). */
public interface CheckReadinessUseCase {

    /** Empty when ready; else why not, in words an operator can act on. */
    Optional<String> notReadyBecause();
}
