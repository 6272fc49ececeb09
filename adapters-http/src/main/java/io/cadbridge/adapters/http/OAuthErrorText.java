package io.cadbridge.adapters.http;

/**
 * Makes text from a token endpoint (its {@code error}, {@code error_description}, {@code token_type})
 * fit for an error message: printable ASCII, at most 200 characters, and never the client secret,
 * should a server echo it back.
 */
final class OAuthErrorText {

    private static final int MAX_LENGTH = 200;

    private OAuthErrorText() {}

    static String clean(String text, String secret) {
        String masked = secret.isEmpty() ? text : text.replace(secret, "****");
        StringBuilder clean = new StringBuilder();
        masked.codePoints().limit(MAX_LENGTH).forEach(c -> clean.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return masked.codePointCount(0, masked.length()) > MAX_LENGTH ? clean + "…" : clean.toString();
    }
}
