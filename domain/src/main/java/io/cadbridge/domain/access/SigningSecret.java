package io.cadbridge.domain.access;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A Standard Webhooks signing secret: {@code whsec_} and the base64 of 24 to 64 random bytes, the key
 * of the HMAC-SHA256 a sender signs its events with. It never shows itself in {@link #toString()}.
 */
public record SigningSecret(String value) {

    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    /** What the format must be, for error messages. */
    public static final String FORMAT =
            "\"" + PREFIX + "\" followed by the base64 of " + MIN_BYTES + " to " + MAX_BYTES + " random bytes";

    private static final int GENERATED_BYTES = 32;

    /** @throws IllegalArgumentException when the value is not {@link #FORMAT} */
    public SigningSecret {
        requireNonNull(value, "value is null");
        if (!value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing secret is " + FORMAT);
        }
        int length;
        try {
            length = Base64.getDecoder().decode(value.substring(PREFIX.length())).length;
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("a signing secret is " + FORMAT + "; this one is not base64");
        }
        if (length < MIN_BYTES || length > MAX_BYTES) {
            throw new IllegalArgumentException("a signing secret is " + FORMAT + "; this one has " + length + " bytes");
        }
    }

    public static SigningSecret generate(SecureRandom random) {
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
    }

    /** The HMAC key. */
    byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    /** Never the secret itself, so that logging a value holding one does not leak it. */
    @Override
    public String toString() {
        return "SigningSecret[****]";
    }
}
