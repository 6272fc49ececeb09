package io.cadbridge.domain.access;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com): {@code webhook-signature} holds one or more
 * space-separated {@code v1,<base64 HMAC-SHA256>} over {@code <webhook-id>.<webhook-timestamp>.<raw body>},
 * keyed with the sender's secret; {@code webhook-timestamp} is Unix seconds and must be within
 * {@link #TOLERANCE} of this server's clock, so a captured request cannot be replayed later.
 */
public final class WebhookSignature {

    public static final Duration TOLERANCE = Duration.ofSeconds(300);
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private static final String VERSION = "v1,";
    private static final String HMAC = "HmacSHA256";

    private WebhookSignature() {}

    /** The three headers as received; empty when absent. */
    public record Headers(Optional<String> id, Optional<String> timestamp, Optional<String> signature) {
        public Headers {
            requireNonNull(id, "id is null");
            requireNonNull(timestamp, "timestamp is null");
            requireNonNull(signature, "signature is null");
        }
    }

    /** Why a signature was refused; {@link #wireName()} labels the metric. */
    public enum Refusal {
        MISSING,
        MALFORMED,
        STALE,
        MISMATCH;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public sealed interface Verdict {
        record Valid() implements Verdict {}

        record Refused(Refusal refusal, String message) implements Verdict {
            public Refused {
                requireNonNull(refusal, "refusal is null");
                requireNonNull(message, "message is null");
            }
        }
    }

    public static Verdict verify(SigningSecrets secrets, Headers headers, byte[] body, Instant now) {
        if (headers.id().isEmpty()
                || headers.timestamp().isEmpty()
                || headers.signature().isEmpty()) {
            return new Verdict.Refused(
                    Refusal.MISSING,
                    "this sender signs its events: send the " + ID_HEADER + ", " + TIMESTAMP_HEADER + " and "
                            + SIGNATURE_HEADER + " headers (Standard Webhooks)");
        }
        String id = headers.id().get().strip();
        String timestamp = headers.timestamp().get().strip();
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return new Verdict.Refused(
                    Refusal.MALFORMED, TIMESTAMP_HEADER + " must be whole seconds since 1970-01-01 (Unix time)");
        }
        long skew = Math.abs(now.getEpochSecond() - seconds);
        if (skew > TOLERANCE.toSeconds()) {
            return new Verdict.Refused(
                    Refusal.STALE,
                    TIMESTAMP_HEADER + " " + timestamp + " is " + skew + " s away from this server's clock; at most "
                            + TOLERANCE.toSeconds() + " s are accepted");
        }
        for (String candidate : headers.signature().get().strip().split(" +")) {
            if (!candidate.startsWith(VERSION)) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(candidate.substring(VERSION.length()));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            for (SigningSecret secret : secrets.all()) {
                if (MessageDigest.isEqual(given, hmac(secret, id, timestamp, body))) {
                    return new Verdict.Valid();
                }
            }
        }
        return new Verdict.Refused(
                Refusal.MISMATCH,
                "no v1 signature in " + SIGNATURE_HEADER + " matches the body with this sender's signing secret"
                        + (secrets.previous().isPresent() ? "s" : ""));
    }

    /** The header value a sender with {@code secret} sends: {@code v1,<base64>}. */
    public static String sign(SigningSecret secret, String id, long timestamp, byte[] body) {
        return VERSION + Base64.getEncoder().encodeToString(hmac(secret, id, Long.toString(timestamp), body));
    }

    private static byte[] hmac(SigningSecret secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.key(), HMAC));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }
}
