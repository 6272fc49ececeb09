package io.cadbridge.adapters.persistence;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit key that seals the secrets kept in the database (AES-256-GCM). Written as base64
 * ({@code CADBRIDGE_MASTER_KEY}, {@code openssl rand -base64 32}); known in the database only by its id,
 * the first 16 hex digits of the SHA-256 of "cadbridge master key " and the key, which reveals nothing
 * of the key. Never printed.
 */
public final class MasterKey {

    static final int BYTES = 32;

    private final byte[] bytes;
    private final String id;

    private MasterKey(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException(
                    "a master key is " + BYTES + " bytes (256 bits) written in base64, such as the output of"
                            + " `openssl rand -base64 32`; this one is " + bytes.length + " bytes");
        }
        this.bytes = bytes.clone();
        this.id = fingerprint(bytes);
    }

    /** The key written in base64; an {@link IllegalArgumentException} says what is wrong, never the text given. */
    public static MasterKey parse(String base64) {
        requireNonNull(base64, "base64 is null");
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "a master key is written in base64, such as the output of `openssl rand -base64 32`");
        }
        return new MasterKey(decoded);
    }

    public static MasterKey generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new MasterKey(bytes);
    }

    /** The key in base64, to be written to the owner-only key file; nothing else shows it. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String id() {
        return id;
    }

    /**
     * A 32-byte key for another purpose (HMAC-SHA256 of the purpose under this key): it changes with
     * the master key, and neither reveals the other.
     */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JDK", e);
        }
    }

    SecretKey secretKey() {
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "MasterKey[id=" + id + ", key=****]";
    }

    private static String fingerprint(byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("cadbridge master key ".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(sha256.digest(key), 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
