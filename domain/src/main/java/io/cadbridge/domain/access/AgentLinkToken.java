package io.cadbridge.domain.access;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.conversation.ConversationId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of an agent link: one conversation's id and an expiry, signed with HMAC-SHA256 under a
 * key only cadbridge holds. It grants reading that conversation until then, and nothing else;
 * changing a character of it makes it worthless. {@code base64url(expiry ":" id) "." base64url(mac)}.
 */
public final class AgentLinkToken {

    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private AgentLinkToken() {}

    public sealed interface Verdict {
        record Valid(ConversationId conversation, Instant expiresAt) implements Verdict {
            public Valid {
                requireNonNull(conversation, "conversation is null");
                requireNonNull(expiresAt, "expiresAt is null");
            }
        }

        record Expired(Instant expiredAt) implements Verdict {
            public Expired {
                requireNonNull(expiredAt, "expiredAt is null");
            }
        }

        /** Not a token cadbridge made, or one changed since. */
        record Invalid() implements Verdict {}
    }

    /** The key that signs the links: 32 bytes, never shown. */
    public record Key(byte[] bytes) {
        public Key {
            if (requireNonNull(bytes, "bytes is null").length < 32) {
                throw new IllegalArgumentException("an agent-link key has at least 32 bytes");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public String toString() {
            return "AgentLinkToken.Key[****]";
        }
    }

    public static String sign(ConversationId conversation, Instant expiresAt, Key key) {
        String payload = expiresAt.getEpochSecond() + ":" + conversation.value();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes, key));
    }

    public static Verdict verify(String token, Key key, Instant now) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return new Verdict.Invalid();
        }
        byte[] payload;
        byte[] given;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            given = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return new Verdict.Invalid();
        }
        if (!MessageDigest.isEqual(given, mac(payload, key))) {
            return new Verdict.Invalid();
        }
        String text = new String(payload, StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(text.substring(0, colon)));
        if (!now.isBefore(expiresAt)) {
            return new Verdict.Expired(expiresAt);
        }
        return new Verdict.Valid(new ConversationId(text.substring(colon + 1)), expiresAt);
    }

    private static byte[] mac(byte[] payload, Key key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key.bytes(), HMAC));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }
}
