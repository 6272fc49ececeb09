package io.cadbridge.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.domain.access.WebhookSignature.Headers;
import io.cadbridge.domain.access.WebhookSignature.Refusal;
import io.cadbridge.domain.access.WebhookSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The Standard Webhooks specification's reference vector. */
    private static final SigningSecret REFERENCE = new SigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(TIMESTAMP);

    private static Headers headers(String id, String timestamp, String signature) {
        return new Headers(Optional.ofNullable(id), Optional.ofNullable(timestamp), Optional.ofNullable(signature));
    }

    private static Verdict verify(SigningSecrets secrets, Headers headers, byte[] body, Instant now) {
        return WebhookSignature.verify(secrets, headers, body, now);
    }

    @Test
    void theSpecificationsReferenceVectorSignsAndVerifies() {
        assertThat(WebhookSignature.sign(REFERENCE, ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
        assertThat(verify(SigningSecrets.only(REFERENCE), headers(ID, "1614265330", SIGNATURE), BODY, THEN))
                .isInstanceOf(Verdict.Valid.class);
    }

    @Test
    void oneMatchingSignatureAmongSeveralIsEnough() {
        String several = "v1,Zm9yZ2Vk v2,ignored " + SIGNATURE + " v1a,other";

        assertThat(verify(SigningSecrets.only(REFERENCE), headers(ID, "1614265330", several), BODY, THEN))
                .isInstanceOf(Verdict.Valid.class);
    }

    @Test
    void duringARotationTheSecretBeforeIsAcceptedTooAndNotAfterItIsRemoved() {
        SigningSecrets rotated = SigningSecrets.only(REFERENCE).rotatedTo(SigningSecret.generate(new SecureRandom()));

        assertThat(verify(rotated, headers(ID, "1614265330", SIGNATURE), BODY, THEN))
                .isInstanceOf(Verdict.Valid.class);
        assertThat(verify(rotated.withoutPrevious(), headers(ID, "1614265330", SIGNATURE), BODY, THEN))
                .isEqualTo(new Verdict.Refused(
                        Refusal.MISMATCH,
                        "no v1 signature in webhook-signature matches the body with this sender's signing secret"));
    }

    @Test
    void aChangedBodyIdOrTimestampDoesNotVerify() {
        SigningSecrets secrets = SigningSecrets.only(REFERENCE);
        byte[] changed = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);

        assertThat(verify(secrets, headers(ID, "1614265330", SIGNATURE), changed, THEN))
                .extracting(verdict -> ((Verdict.Refused) verdict).refusal())
                .isEqualTo(Refusal.MISMATCH);
        assertThat(verify(secrets, headers("msg_other", "1614265330", SIGNATURE), BODY, THEN))
                .extracting(verdict -> ((Verdict.Refused) verdict).refusal())
                .isEqualTo(Refusal.MISMATCH);
        assertThat(verify(secrets, headers(ID, "1614265331", SIGNATURE), BODY, THEN))
                .extracting(verdict -> ((Verdict.Refused) verdict).refusal())
                .isEqualTo(Refusal.MISMATCH);
    }

    @Test
    void aTimestampMoreThanFiveMinutesAwayEitherWayIsStale() {
        SigningSecrets secrets = SigningSecrets.only(REFERENCE);

        assertThat(verify(secrets, headers(ID, "1614265330", SIGNATURE), BODY, THEN.plusSeconds(300)))
                .isInstanceOf(Verdict.Valid.class);
        assertThat(verify(secrets, headers(ID, "1614265330", SIGNATURE), BODY, THEN.plusSeconds(301)))
                .isEqualTo(
                        new Verdict.Refused(
                                Refusal.STALE,
                                "webhook-timestamp 1614265330 is 301 s away from this server's clock; at most 300 s are accepted"));
        assertThat(verify(secrets, headers(ID, "1614265330", SIGNATURE), BODY, THEN.minusSeconds(301)))
                .extracting(verdict -> ((Verdict.Refused) verdict).refusal())
                .isEqualTo(Refusal.STALE);
    }

    @Test
    void missingHeadersAndATimestampThatIsNotSecondsAreRefusedSayingWhy() {
        SigningSecrets secrets = SigningSecrets.only(REFERENCE);

        assertThat(verify(secrets, headers(ID, "1614265330", null), BODY, THEN))
                .isEqualTo(new Verdict.Refused(
                        Refusal.MISSING,
                        "this sender signs its events: send the webhook-id, webhook-timestamp and webhook-signature"
                                + " headers (Standard Webhooks)"));
        assertThat(verify(secrets, headers(ID, "2021-02-25T15:02:10Z", SIGNATURE), BODY, THEN))
                .isEqualTo(new Verdict.Refused(
                        Refusal.MALFORMED, "webhook-timestamp must be whole seconds since 1970-01-01 (Unix time)"));
    }

    @Test
    void aSecretIsWhsecAndBase64OfEnoughBytesAndNeverShowsItself() {
        SigningSecret generated = SigningSecret.generate(new SecureRandom());

        assertThat(generated.value()).startsWith("whsec_");
        assertThat(generated.toString()).doesNotContain(generated.value().substring(6));
        assertThatThrownBy(() -> new SigningSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .hasMessage("a signing secret is \"whsec_\" followed by the base64 of 24 to 64 random bytes");
        assertThatThrownBy(() -> new SigningSecret("whsec_c2hvcnQ=")).hasMessageEndingWith("this one has 5 bytes");
        assertThatThrownBy(() -> new SigningSecret("whsec_not base64!")).hasMessageEndingWith("this one is not base64");
    }
}
