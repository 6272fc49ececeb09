package io.cadbridge.adapters.events;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.history.HistoryCursor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The {@code cursor} of a history page: where the next page starts, as opaque text. It carries a
 * checksum, so a cursor that was altered or cut is refused with a 400 rather than read as another
 * position. (It is not a secret: whoever may read history may read any page of it.)
 */
final class HistoryCursors {

    private static final String VERSION = "h1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private HistoryCursors() {}

    static String write(HistoryCursor cursor) {
        String payload = VERSION + ":" + cursor.startedAt().getEpochSecond() + ":"
                + cursor.startedAt().getNano() + ":" + cursor.conversationId().value();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + checksum(payload);
    }

    /** Empty when the text is not a cursor this service wrote. */
    static Optional<HistoryCursor> read(String text) {
        int dot = text.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String payload;
        try {
            payload = new String(DECODER.decode(text.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(
                checksum(payload).getBytes(StandardCharsets.US_ASCII),
                text.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split(":", 4);
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HistoryCursor(
                    Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                    new ConversationId(parts[3])));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String checksum(String payload) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("cadbridge history cursor|" + payload).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
