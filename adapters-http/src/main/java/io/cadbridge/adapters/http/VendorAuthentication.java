package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.OAuthClient;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.exchange.RequestAuthentication;
import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.spi.VendorAuth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an adapter's {@link VendorAuth} into what the CRM client sends, reading the named secrets from
 * the integration. OAuth tokens come from the shared {@link OAuthTokens} cache (one refresh on 401 is
 * {@link CrmExchange}'s); a token answer's {@code instance_url} (Salesforce) becomes the base URL.
 */
final class VendorAuthentication {

    /** How one lookup's calls authenticate, and where they go. */
    record Credentials(RequestAuthentication authentication, Map<String, String> headers, String baseUrl) {}

    private final OAuthTokens tokens;
    private final ConnectionClients clients;

    VendorAuthentication(OAuthTokens tokens, ConnectionClients clients) {
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.clients = requireNonNull(clients, "clients is null");
    }

    Credentials of(VendorAuth auth, Integration integration, OutboundRequest template) throws CrmCallException {
        String base = stripSlash(template.url());
        return switch (auth) {
            case VendorAuth.None none -> new Credentials(RequestAuthentication.NONE, Map.of(), base);
            case VendorAuth.Bearer bearer ->
                new Credentials(
                        RequestAuthentication.NONE,
                        Map.of("Authorization", "Bearer " + secret(integration, bearer.tokenSecret())),
                        base);
            case VendorAuth.Basic basic ->
                new Credentials(
                        new RequestAuthentication.Basic(
                                new BasicCredentials(basic.username(), secret(integration, basic.passwordSecret()))),
                        Map.of(),
                        base);
            case VendorAuth.BasicKey key ->
                new Credentials(
                        new RequestAuthentication.Basic(
                                new BasicCredentials(secret(integration, key.usernameSecret()), key.password())),
                        Map.of(),
                        base);
            case VendorAuth.ClientCredentials grant ->
                oauth(
                        new OAuthClient(
                                grant.clientId(),
                                secret(integration, grant.clientSecret()),
                                resolve(grant.tokenUrl(), base),
                                grant.scopes()),
                        template,
                        base);
            case VendorAuth.JwtBearer grant ->
                oauth(
                        new OAuthClient(
                                grant.issuer(),
                                "",
                                resolve(grant.tokenUrl(), base),
                                List.of(),
                                Optional.of(new OAuthClient.JwtBearer(
                                        grant.issuer(),
                                        grant.subject(),
                                        grant.audience(),
                                        secret(integration, grant.privateKeySecret())))),
                        template,
                        base);
        };
    }

    private Credentials oauth(OAuthClient client, OutboundRequest template, String base) throws CrmCallException {
        TokenGrant grant =
                tokens.token(client, clients.of(ConnectionOptions.of(template)), CallTimeout.of(template.timeout()));
        return new Credentials(
                new RequestAuthentication.OAuth(client),
                Map.of(),
                grant.instanceUrl().map(VendorAuthentication::stripSlash).orElse(base));
    }

    private static String secret(Integration integration, String name) throws CrmCallException {
        String value = integration.secrets().authentications().get(name);
        if (value == null) {
            throw new CrmCallException(
                    Kind.AUTHENTICATION, "authentications." + name + " is not stored with the integration");
        }
        return value;
    }

    private static String resolve(String tokenUrl, String base) {
        return tokenUrl.startsWith("/") ? base + tokenUrl : tokenUrl;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
