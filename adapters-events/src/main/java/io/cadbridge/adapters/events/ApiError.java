package io.cadbridge.adapters.events;

/**
 * Every error this API answers with: the stable code clients match on and its HTTP status. This enum
 * is the one place where a failure becomes a status code.
 */
enum ApiError {
    MALFORMED_JSON(400, "malformed_json"),
    VALIDATION_FAILED(400, "validation_failed"),
    INVALID_PATH_PARAMETER(400, "invalid_path_parameter"),
    INVALID_QUERY_PARAMETER(400, "invalid_query_parameter"),
    BAD_REQUEST(400, "bad_request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not_found"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed"),
    CONFLICT(409, "conflict"),
    PAYLOAD_TOO_LARGE(413, "payload_too_large"),
    INTERNAL_ERROR(500, "internal_error"),
    /** The database cannot be reached: nothing was committed, the client should try again after Retry-After. */
    STORAGE_UNAVAILABLE(503, "storage_unavailable");

    private final int status;
    private final String code;

    ApiError(int status, String code) {
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
