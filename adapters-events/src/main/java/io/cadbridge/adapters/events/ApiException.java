package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

/** A request the API refuses; {@link ErrorResponses} turns it into the error body. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ApiError error;

    ApiException(ApiError error, String message) {
        super(requireNonNull(message, "message is null"));
        this.error = requireNonNull(error, "error is null");
    }

    ApiError error() {
        return error;
    }

    static ApiException notFound(String message) {
        return new ApiException(ApiError.NOT_FOUND, message);
    }
}
