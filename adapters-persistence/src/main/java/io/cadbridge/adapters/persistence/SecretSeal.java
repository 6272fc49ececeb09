package io.cadbridge.adapters.persistence;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens secrets with AES-256-GCM (the JDK's): a fresh random 96-bit nonce per sealing, a
 * 128-bit tag, and the row's identity as associated data, so a sealed value copied to another row
 * does not open there. A sealed value is {@code version (1) || nonce (12) || ciphertext and tag}; the
 * id of its key is kept beside it.
 */
final class SecretSeal {

    /** A sealed value and the id of the key that sealed it. */
    record Sealed(String keyId, byte[] bytes) {
        Sealed {
            requireNonNull(keyId, "keyId is null");
            bytes = bytes.clone();
        }
    }

    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MasterKeys keys;
    private final SecureRandom random = new SecureRandom();

    SecretSeal(MasterKeys keys) {
        this.keys = requireNonNull(keys, "keys is null");
    }

    String currentKeyId() {
        return keys.current().id();
    }

    Sealed seal(String plaintext, String rowIdentity) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.current().secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(rowIdentity.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return new Sealed(
                    keys.current().id(),
                    ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length)
                            .put(VERSION)
                            .put(nonce)
                            .put(ciphertext)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this JDK", e);
        }
    }

    /** The plaintext; an {@link IllegalStateException} names the row and the key when it cannot be opened. */
    String open(Sealed sealed, String rowIdentity) {
        MasterKey key = keys.withId(sealed.keyId())
                .orElseThrow(() -> new IllegalStateException("the secrets of " + rowIdentity
                        + " are sealed with master key " + sealed.keyId() + ", which is neither CADBRIDGE_MASTER_KEY ("
                        + keys.current().id() + ") nor CADBRIDGE_PREVIOUS_MASTER_KEY (processes that share a"
                        + " database must share its master key)"));
        byte[] bytes = sealed.bytes();
        if (bytes.length < 1 + NONCE_BYTES || bytes[0] != VERSION) {
            throw new IllegalStateException(
                    "the secrets of " + rowIdentity + " are not a sealed value this version reads");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key.secretKey(),
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(bytes, 1, 1 + NONCE_BYTES)));
            cipher.updateAAD(rowIdentity.getBytes(StandardCharsets.UTF_8));
            return new String(
                    cipher.doFinal(Arrays.copyOfRange(bytes, 1 + NONCE_BYTES, bytes.length)), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException(
                    "the secrets of " + rowIdentity + " do not open with master key " + key.id()
                            + ": they were changed, or moved from another row",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available in this JDK", e);
        }
    }
}
