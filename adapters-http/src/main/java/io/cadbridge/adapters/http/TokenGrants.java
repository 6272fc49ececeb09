package io.cadbridge.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import java.time.Duration;
import java.util.Optional;

/**
 * Judges a token endpoint's answer (RFC 6749 §5): a usable Bearer token, or an {@link Kind#AUTHENTICATION}
 * failure naming the endpoint and the server's OAuth {@code error}, never the secret or a token.
 */
final class TokenGrants {

    private TokenGrants() {}

    static TokenGrant from(TokenAnswer answer, CallTarget endpoint, String secret) throws CrmCallException {
        String answered = "the OAuth token endpoint " + endpoint + " answered HTTP " + answer.status();
        if (!answer.successful() || answer.text("error").isPresent()) {
            throw failure(answered + oauthError(answer, secret)
                    + "; check the integration's client id, secret, scopes and access token URL");
        }
        if (answer.json().isEmpty()) {
            throw failure(answered + " but not with a JSON object");
        }
        String token = answer.text("access_token")
                .filter(value -> !value.isBlank())
                .orElseThrow(() -> failure(answered + " without an access_token"));
        Optional<String> type = answer.text("token_type");
        if (type.isEmpty() || !type.get().equalsIgnoreCase("Bearer")) {
            throw failure(answered
                    + type.map(value -> " with token type '" + OAuthErrorText.clean(value, secret) + "'")
                            .orElse(" without a token_type")
                    + "; only Bearer tokens are supported");
        }
        if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw failure(answered + " with an access token an HTTP header cannot carry");
        }
        // Salesforce answers with the org's REST host, which may differ from the token host.
        return new TokenGrant(
                token,
                lifetime(answer.json().get()),
                answer.text("instance_url").filter(url -> !url.isBlank()));
    }

    private static String oauthError(TokenAnswer answer, String secret) {
        Optional<String> error = answer.text("error");
        if (error.isEmpty()) {
            return " without an OAuth error";
        }
        String description = answer.text("error_description")
                .map(text -> " (" + OAuthErrorText.clean(text, secret) + ")")
                .orElse("");
        return ": " + OAuthErrorText.clean(error.get(), secret) + description;
    }

    /** {@code expires_in} in seconds, as a number or (as some servers send it) a numeric string; anything else counts as absent. */
    private static Optional<Duration> lifetime(JsonNode json) {
        JsonNode expiresIn = json.path("expires_in");
        long seconds;
        if (expiresIn.isIntegralNumber()) {
            seconds = expiresIn.asLong();
        } else if (expiresIn.isTextual() && expiresIn.asText().matches("\\d{1,12}")) {
            seconds = Long.parseLong(expiresIn.asText());
        } else {
            return Optional.empty();
        }
        return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    }

    private static CrmCallException failure(String message) {
        return new CrmCallException(Kind.AUTHENTICATION, message);
    }
}
