package io.cadbridge.application.administration;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.AuthenticateUseCase.Authentication;
import io.cadbridge.application.port.in.ManageTokensUseCase.CreatedToken;
import io.cadbridge.application.port.in.ManageTokensUseCase.NewToken;
import io.cadbridge.domain.access.ApiToken;
import io.cadbridge.domain.access.Scope;
import io.cadbridge.domain.access.TokenSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenServiceTest {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final String BOOTSTRAP = "bootstrap-secret-0123456789";

    private final InMemoryWorld world = new InMemoryWorld(java.time.Clock.fixed(NINE, java.time.ZoneOffset.UTC));
    private final TokenService tokens = world.tokens(BOOTSTRAP);

    @Test
    void theBootstrapTokenIsAnAdministratorsAndIsNotListed() {
        ApiToken bootstrap = authenticated(BOOTSTRAP);

        assertThat(bootstrap.grants(Scope.ADMIN)).isTrue();
        assertThat(bootstrap.grants(Scope.REPORTS_READ)).isTrue();
        assertThat(tokens.list()).isEmpty();
    }

    @Test
    void aNewTokenHasAFreshSecretThatIsStoredOnlyAsItsDigest() {
        CreatedToken created = tokens.create(new NewToken("contact-pro", Set.of(Scope.EVENTS_WRITE), Optional.empty()));

        assertThat(created.secret().value()).startsWith(TokenSecret.PREFIX).hasSizeGreaterThan(40);
        ApiToken token = authenticated(created.secret().value());
        assertThat(token.id()).isEqualTo(created.token().id());
        assertThat(token.grants(Scope.EVENTS_WRITE)).isTrue();
        assertThat(token.grants(Scope.INTEGRATIONS_WRITE)).isFalse();
        assertThat(tokens.list())
                .singleElement()
                .satisfies(listed -> assertThat(listed.lastUsedAt()).contains(NINE));
        assertThat(world.apiTokens.findByDigest(created.secret().value().getBytes()))
                .isEmpty();
    }

    @Test
    void anUnknownSecretIsRefused() {
        assertThat(tokens.authenticate("cbt_made-up")).isInstanceOf(Authentication.Unknown.class);
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        CreatedToken created = tokens.create(
                new NewToken("reports", Set.of(Scope.REPORTS_READ), Optional.of(NINE.plus(Duration.ofHours(1)))));
        authenticated(created.secret().value());

        world.advanceClock(Duration.ofHours(1));

        assertThat(tokens.authenticate(created.secret().value())).isInstanceOf(Authentication.Expired.class);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceHereAndAfterTheRecheckElsewhere() {
        CreatedToken here = tokens.create(new NewToken("here", Set.of(Scope.AGENT_READ), Optional.empty()));
        CreatedToken elsewhere = tokens.create(new NewToken("elsewhere", Set.of(Scope.AGENT_READ), Optional.empty()));
        authenticated(here.secret().value());
        authenticated(elsewhere.secret().value());

        assertThat(tokens.revoke(here.token().id())).isTrue();
        // Another process revokes: this one learns of it when it asks the store again.
        world.apiTokens.delete(elsewhere.token().id());

        assertThat(tokens.authenticate(here.secret().value())).isInstanceOf(Authentication.Unknown.class);
        assertThat(tokens.authenticate(elsewhere.secret().value())).isInstanceOf(Authentication.Authenticated.class);
        world.advanceClock(TokenService.RECHECK);
        assertThat(tokens.authenticate(elsewhere.secret().value())).isInstanceOf(Authentication.Unknown.class);
        assertThat(tokens.revoke(here.token().id())).isFalse();
    }

    private ApiToken authenticated(String secret) {
        Authentication authentication = tokens.authenticate(secret);
        assertThat(authentication).isInstanceOf(Authentication.Authenticated.class);
        return ((Authentication.Authenticated) authentication).token();
    }
}
