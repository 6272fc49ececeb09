package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.AuthenticateUseCase;
import io.cadbridge.application.port.in.AuthenticateUseCase.Authentication;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in to the console with an administrator's token: the token is kept in an HttpOnly,
 * SameSite=Strict cookie scoped to {@code /console}, so page scripts cannot read it and other sites'
 * requests do not carry it. Every form also carries a CSRF token — a digest of the session's token,
 * which only a page of the session can know — and a form without the right one is refused.
 */
final class ConsoleSession implements ApiRoutes {

    static final String HOME = "/console";
    static final String SIGN_IN = "/console/sign-in";
    static final String CSRF_FIELD = "_csrf";
    private static final String COOKIE = "cadbridge_console";
    private static final String CSRF_ATTRIBUTE = "cadbridge.csrf";

    private final AuthenticateUseCase tokens;
    private final Pages pages;
    private final Assets assets;

    @Inject
    ConsoleSession(AuthenticateUseCase tokens, Pages pages, Assets assets) {
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.pages = requireNonNull(pages, "pages is null");
        this.assets = requireNonNull(assets, "assets is null");
    }

    /** Something a console page names does not exist: answered with a page, not the API's JSON. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** The CSRF token of the request's session, for the forms of its page. */
    static String csrf(Context ctx) {
        return requireNonNull(ctx.attribute(CSRF_ATTRIBUTE), "not a console page");
    }

    @Override
    public void register(RoutesConfig routes) {
        // Every route, not a path pattern: a console route added anywhere is checked all the same.
        routes.beforeMatched(this::check);
        routes.get(SIGN_IN, ctx -> signInPage(ctx, 200, Optional.empty()), Access.OPEN);
        routes.post(SIGN_IN, this::signIn, Access.OPEN);
        routes.post("/console/sign-out", this::signOut, Access.CONSOLE);
        routes.exception(
                NotFound.class,
                (missing, ctx) -> pages.answer(
                        ctx,
                        404,
                        "console/refused.jte",
                        Map.of("message", missing.getMessage(), "stylesheet", assets.url("cadbridge.css"))));
    }

    private void check(Context ctx) {
        if (!ctx.routeRoles().contains(Access.CONSOLE)) {
            return;
        }
        Optional<ApiToken> administrator =
                Optional.ofNullable(ctx.cookie(COOKIE)).flatMap(this::administrator);
        if (administrator.isEmpty()) {
            ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        String csrf = digest(ctx.cookie(COOKIE));
        if (ctx.method().name().equals("POST")
                && !MessageDigest.isEqual(
                        csrf.getBytes(StandardCharsets.UTF_8),
                        Optional.ofNullable(ctx.formParam(CSRF_FIELD))
                                .orElse("")
                                .getBytes(StandardCharsets.UTF_8))) {
            pages.answer(
                    ctx,
                    403,
                    "console/refused.jte",
                    Map.of(
                            "message",
                            "This form is not from your console session (its CSRF token is missing or wrong)."
                                    + " Go back, reload the page and try again.",
                            "stylesheet",
                            assets.url("cadbridge.css")));
            ctx.skipRemainingHandlers();
            return;
        }
        TokenCheck.remember(ctx, administrator.get());
        ctx.attribute(CSRF_ATTRIBUTE, csrf);
    }

    private Optional<ApiToken> administrator(String secret) {
        return tokens.authenticate(secret) instanceof Authentication.Authenticated authenticated
                        && authenticated.token().grants(Scope.ADMIN)
                ? Optional.of(authenticated.token())
                : Optional.empty();
    }

    private void signIn(Context ctx) {
        String secret = Optional.ofNullable(ctx.formParam("token")).orElse("").strip();
        switch (tokens.authenticate(secret)) {
            case Authentication.Authenticated authenticated
            when authenticated.token().grants(Scope.ADMIN) -> {
                ctx.cookie(new Cookie(
                        COOKIE, secret, HOME, -1, ctx.scheme().equals("https"), true, null, SameSite.STRICT));
                ctx.redirect(HOME, HttpStatus.SEE_OTHER);
            }
            case Authentication.Authenticated authenticated ->
                signInPage(
                        ctx,
                        403,
                        Optional.of("The token '" + authenticated.token().name()
                                + "' is not an administrator's (it lacks the scope 'admin')."));
            case Authentication.Expired expired ->
                signInPage(ctx, 401, Optional.of("The token '" + expired.token().name() + "' has expired."));
            case Authentication.Unknown unknown -> signInPage(ctx, 401, Optional.of("That token is not valid."));
        }
    }

    private void signOut(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", HOME, 0, ctx.scheme().equals("https"), true, null, SameSite.STRICT));
        ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
    }

    private void signInPage(Context ctx, int status, Optional<String> problem) {
        pages.answer(
                ctx,
                status,
                "console/sign-in.jte",
                Map.of(
                        "problem", problem.orElse(""),
                        "stylesheet", assets.url("cadbridge.css")));
    }

    private static String digest(String secret) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256")
                            .digest(("cadbridge console csrf " + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
