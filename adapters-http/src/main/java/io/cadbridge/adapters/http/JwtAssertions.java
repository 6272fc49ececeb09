package io.cadbridge.adapters.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmCallException.Kind;
import io.cadbridge.domain.exchange.OAuthClient;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * The assertion of the OAuth 2.0 JWT bearer grant (RFC 7523 §2.1), signed RS256 with nimbus-jose-jwt:
 * {@code iss}, {@code sub}, {@code aud}, a three-minute {@code exp} (Salesforce allows at most three),
 * {@code iat} and a fresh {@code jti}. Errors never quote the key.
 */
final class JwtAssertions {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final Duration LIFETIME = Duration.ofMinutes(3);

    private JwtAssertions() {}

    static String sign(OAuthClient.JwtBearer jwt, CallTarget endpoint) throws CrmCallException {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(jwt.issuer())
                .subject(jwt.subject())
                .audience(jwt.audience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT signed = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            signed.sign(new RSASSASigner(privateKey(jwt.privateKeyPem())));
            return signed.serialize();
        } catch (GeneralSecurityException | IllegalArgumentException | JOSEException e) {
            throw new CrmCallException(
                    Kind.AUTHENTICATION,
                    "cannot sign the JWT bearer assertion for " + endpoint
                            + ": the private key is not an RSA key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----)");
        }
    }

    private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
