package io.cadbridge.domain.access;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of an API token, shown once when the token is made. Only its SHA-256 digest is kept:
 * a secret of 256 random bits cannot be guessed from it, so no slow password hash is needed, and
 * finding a token by its digest compares in the database, not character by character here.
 */
public record TokenSecret(String value) {

    /** Marks cadbridge's tokens, so that a secret scanner (or a person) recognises one that leaked. */
    public static final String PREFIX = "cbt_";

    private static final int RANDOM_BYTES = 32;

    /**
     * Cloned for each digest: {@code MessageDigest.getInstance} looks the algorithm up among the
     * security providers on every call (every API request), a clone copies a small initial state.
     * Never used itself, so sharing it between threads is safe.
     */
    private static final MessageDigest SHA_256 = sha256();

    public TokenSecret {
        requireNonNull(value, "value is null");
    }

    public static TokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The digest that is stored and looked up. */
    public byte[] digest() {
        return fresh().digest(value.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            // A provider whose digests cannot be cloned: look it up each time, as before.
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** Never the secret itself, so that logging a value holding one does not leak it. */
    @Override
    public String toString() {
        return "TokenSecret[****]";
    }
}
