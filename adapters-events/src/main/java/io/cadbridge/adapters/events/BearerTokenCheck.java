package io.cadbridge.adapters.events;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Lets a {@code /v1} request through only with the configured bearer token; the health check and the schemas are open. */
final class BearerTokenCheck implements Handler {

    private static final String SCHEME = "Bearer ";

    private final byte[] expectedDigest;

    BearerTokenCheck(ApiAccess access) {
        this.expectedDigest = sha256(access.bearerToken());
    }

    @Override
    public void handle(Context ctx) {
        if (!ctx.path().startsWith("/v1")
                || isHealthCheck(ctx.path())
                || ctx.path().startsWith(SchemaRoutes.PREFIX)) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new ApiException(ApiError.UNAUTHORIZED, "send the API token as \"Authorization: Bearer <token>\"");
        }
        // Comparing fixed-length digests in constant time reveals neither the content nor the length of the token.
        if (!MessageDigest.isEqual(
                expectedDigest, sha256(header.substring(SCHEME.length()).strip()))) {
            throw new ApiException(ApiError.UNAUTHORIZED, "the bearer token is not valid");
        }
    }

    private static boolean isHealthCheck(String path) {
        return path.equals(ApiServer.HEALTH_PATH) || path.equals(ApiServer.HEALTH_PATH + "/");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
