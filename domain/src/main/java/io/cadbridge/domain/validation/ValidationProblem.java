package io.cadbridge.domain.validation;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a definition, located by a JSON pointer (RFC 6901) into the document the
 * user sent, e.g. {@code /configuration/request/method}.
 */
public record ValidationProblem(String pointer, String message) {
    public ValidationProblem {
        requireNonNull(pointer, "pointer is null");
        requireNonNull(message, "message is null");
    }
}
