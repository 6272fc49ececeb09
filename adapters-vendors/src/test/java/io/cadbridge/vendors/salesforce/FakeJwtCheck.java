package io.cadbridge.vendors.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.cadbridge.json.JsonArray;
import io.cadbridge.json.JsonNumber;
import io.cadbridge.json.JsonRead;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.support.jackson.JsonValues;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * What Salesforce checks in a JWT bearer assertion: an RS256 signature by the certificate uploaded to
 * the app, {@code iss} the consumer key, {@code sub} the username, {@code aud} the login URL, and an
 * {@code exp} in the future and at most three minutes away.
 */
record FakeJwtCheck(PublicKey key, String issuer, String subject, String audience) {

    static final Duration MAX_LIFETIME = Duration.ofMinutes(3);

    /** Empty when the assertion is good, else why not (Salesforce answers {@code invalid_grant}). */
    Optional<String> problem(String assertion, Instant now) {
        String[] parts = assertion.split("\\.");
        if (parts.length != 3) {
            return Optional.of("not a signed JWT");
        }
        try {
            JsonValue header = json(parts[0]);
            if (!JsonRead.text(header, "alg").filter("RS256"::equals).isPresent()) {
                return Optional.of("the algorithm is not RS256");
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.of("the signature does not verify with the app's certificate");
            }
            return claims(json(parts[1]), now);
        } catch (GeneralSecurityException | IllegalArgumentException | JsonProcessingException e) {
            return Optional.of("unreadable assertion: " + e.getClass().getSimpleName());
        }
    }

    private Optional<String> claims(JsonValue claims, Instant now) {
        if (!JsonRead.text(claims, "iss").filter(issuer::equals).isPresent()) {
            return Optional.of("iss is not the consumer key");
        }
        if (!JsonRead.text(claims, "sub").filter(subject::equals).isPresent()) {
            return Optional.of("sub is not the pre-authorised user");
        }
        if (!audiences(claims).contains(audience)) {
            return Optional.of("audience is invalid");
        }
        Optional<JsonValue> exp = JsonRead.at(claims, "exp").filter(JsonNumber.class::isInstance);
        if (exp.isEmpty()) {
            return Optional.of("exp is missing");
        }
        Instant expires = Instant.ofEpochSecond(((JsonNumber) exp.get()).value().longValue());
        if (!expires.isAfter(now) || expires.isAfter(now.plus(MAX_LIFETIME).plusSeconds(5))) {
            return Optional.of("expired or too long-lived: exp must be within three minutes");
        }
        return Optional.empty();
    }

    private static List<String> audiences(JsonValue claims) {
        return switch (JsonRead.at(claims, "aud").orElse(JsonArray.EMPTY)) {
            case JsonString one -> List.of(one.value());
            case JsonArray many ->
                many.elements().stream()
                        .filter(JsonString.class::isInstance)
                        .map(value -> ((JsonString) value).value())
                        .toList();
            default -> List.of();
        };
    }

    private static JsonValue json(String part) throws JsonProcessingException {
        return JsonValues.parse(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }
}
