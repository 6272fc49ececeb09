package io.cadbridge.vendors.salesforce;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** RSA key pairs made for the test run, so that no private key is ever committed. */
final class TestKeys {

    /** The certificate's key pair uploaded to the fake org's app. */
    static final KeyPair APP = generate();

    /** A key pair the app does not know. */
    static final KeyPair STRANGER = generate();

    private TestKeys() {}

    /** The private key as PKCS#8 PEM, as an administrator pastes it into {@code authentications.privateKey}. */
    static String pem(KeyPair pair) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'})
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
