package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.AuthenticateUseCase;
import io.cadbridge.application.port.in.AuthenticateUseCase.Authentication;
import io.cadbridge.domain.access.ApiToken;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Runs before every matched route: lets an {@link Access#OPEN} route through, else asks for a bearer
 * token that holds the route's scope — {@code 401} without a valid one, {@code 403} naming the scope
 * when it lacks it. The token is kept on the request for the routes that record who acted.
 */
final class TokenCheck implements Handler {

    private static final String SCHEME = "Bearer ";
    private static final String TOKEN_ATTRIBUTE = "cadbridge.token";

    private final AuthenticateUseCase tokens;

    TokenCheck(AuthenticateUseCase tokens) {
        this.tokens = requireNonNull(tokens, "tokens is null");
    }

    /** Keeps the token a request was made with, for the routes that record who acted (a console session's). */
    static void remember(Context ctx, ApiToken token) {
        ctx.attribute(TOKEN_ATTRIBUTE, token);
    }

    /** The token the request was made with; only on routes that need a scope. */
    static ApiToken caller(Context ctx) {
        return Optional.ofNullable(ctx.<ApiToken>attribute(TOKEN_ATTRIBUTE))
                .orElseThrow(() -> new IllegalStateException(ctx.path() + " is not a route that needs a token"));
    }

    @Override
    public void handle(Context ctx) {
        Access access = access(ctx);
        if (!(access instanceof Access.Needs needs)) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new ApiException(ApiError.UNAUTHORIZED, "send the API token as \"Authorization: Bearer <token>\"");
        }
        ApiToken token =
                switch (tokens.authenticate(header.substring(SCHEME.length()).strip())) {
                    case Authentication.Authenticated authenticated -> authenticated.token();
                    case Authentication.Unknown unknown ->
                        throw new ApiException(ApiError.UNAUTHORIZED, "the bearer token is not valid");
                    case Authentication.Expired expired ->
                        throw new ApiException(
                                ApiError.UNAUTHORIZED,
                                "the token '" + expired.token().name() + "' expired at "
                                        + expired.token().expiresAt().orElseThrow());
                };
        if (!token.grants(needs.scope())) {
            throw new ApiException(
                    ApiError.FORBIDDEN,
                    ctx.method() + " " + ctx.path() + " needs the scope '"
                            + needs.scope().wireName() + "', which the token '" + token.name() + "' does not have");
        }
        ctx.attribute(TOKEN_ATTRIBUTE, token);
    }

    /** The route's one {@link Access} ({@link ApiServer} made sure each route has exactly one). */
    private static Access access(Context ctx) {
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof Access access) {
                return access;
            }
        }
        throw new IllegalStateException(ctx.method() + " " + ctx.path() + " declares no access");
    }
}
