package io.cadbridge.adapters.http;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/** Turns OkHttp's I/O failures into messages an administrator can act on. */
final class CallFailures {

    /** OkHttp's built-in limit of follow-ups (redirects and authentication challenges). */
    private static final int MAX_REDIRECTS = 20;

    private CallFailures() {}

    static CrmCallException translate(IOException failure, CallTarget target, CallTimeout timeout) {
        String host = target.host();
        Optional<BlockedTargetException> blocked = blocked(failure);
        if (blocked.isPresent()) {
            // Not a failure of the CRM: a configuration to fix, never retried.
            return new CrmCallException(
                    Kind.INVALID_REQUEST, blocked.get().getMessage() + " (" + target + ")", failure);
        }
        return switch (failure) {
            case ResponseTooLargeException tooLarge ->
                new CrmCallException(
                        Kind.INVALID_RESPONSE,
                        "the answer of " + target + " is larger than " + ByteSize.describe(tooLarge.limit())
                                + "; it was not read (raise the response size limit or ask the CRM for less data)",
                        failure);
            // SocketTimeoutException: one phase (connect, write, a read) waited longer than the timeout.
            case SocketTimeoutException timedOut ->
                new CrmCallException(
                        Kind.TIMEOUT,
                        "no answer from " + host + " within " + HumanDuration.describe(timeout.value()) + " (" + target
                                + "); the CRM is slow or unreachable, or the integration's timeout is too short",
                        failure);
            case InterruptedIOException interrupted
            when Thread.currentThread().isInterrupted() ->
                new CrmCallException(
                        Kind.CONNECTION,
                        "the call to " + host + " was interrupted (is the service shutting down?) for " + target,
                        failure);
            // Any other InterruptedIOException here is OkHttp's whole-call deadline firing.
            case InterruptedIOException deadline ->
                new CrmCallException(
                        Kind.TIMEOUT,
                        host + " did not finish answering within " + HumanDuration.describe(timeout.deadline()) + " ("
                                + deadlineOrigin(timeout) + "; " + target + ")",
                        failure);
            case UnknownHostException unknown ->
                new CrmCallException(
                        Kind.CONNECTION,
                        "cannot resolve host " + host + ": check the integration's URL and the DNS",
                        failure);
            case ConnectException refused -> refused(host, failure);
            case NoRouteToHostException noRoute -> refused(host, failure);
            case SSLException tls ->
                new CrmCallException(
                        Kind.CONNECTION,
                        "TLS with " + host + " failed (" + tls.getMessage()
                                + "): check the certificate and the https URL",
                        failure);
            case ProtocolException protocol -> protocolViolation(protocol, target);
            default ->
                new CrmCallException(
                        Kind.CONNECTION,
                        "connection to " + host + " failed ("
                                + failure.getClass().getSimpleName() + ") for " + target,
                        failure);
        };
    }

    /** OkHttp may report a refused route as such, as the cause of another failure, or beside a second route's failure. */
    private static Optional<BlockedTargetException> blocked(Throwable failure) {
        if (failure == null) {
            return Optional.empty();
        }
        if (failure instanceof BlockedTargetException blocked) {
            return Optional.of(blocked);
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            Optional<BlockedTargetException> found = blocked(suppressed);
            if (found.isPresent()) {
                return found;
            }
        }
        return failure.getCause() == failure ? Optional.empty() : blocked(failure.getCause());
    }

    private static String deadlineOrigin(CallTimeout timeout) {
        return timeout.cutByTotalDeadline()
                ? "all that was left of the call's total deadline, resilience.deadline"
                : "twice the integration's timeout of " + HumanDuration.describe(timeout.value());
    }

    /** OkHttp reports redirect loops and malformed HTTP as a ProtocolException. */
    private static CrmCallException protocolViolation(ProtocolException failure, CallTarget target) {
        String message = String.valueOf(failure.getMessage());
        if (message.startsWith("Too many follow-up requests")) {
            return new CrmCallException(
                    Kind.INVALID_RESPONSE,
                    target.host() + " kept redirecting " + target + " (more than " + MAX_REDIRECTS
                            + " redirects, probably a loop): check the integration's URL",
                    failure);
        }
        return new CrmCallException(
                Kind.INVALID_RESPONSE,
                target.host() + " broke the HTTP protocol (" + message + ") for " + target,
                failure);
    }

    private static CrmCallException refused(String host, IOException failure) {
        return new CrmCallException(
                Kind.CONNECTION,
                "cannot connect to " + host + ": connection refused or no route (is the CRM up, is the port right?)",
                failure);
    }
}
