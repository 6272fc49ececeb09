package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.access.SigningSecret;
import io.cadbridge.domain.access.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Signed events (Standard Webhooks), per sender: once a sender's token has a signing secret, every
 * event it sends must carry a valid signature — a missing, wrong or stale one is a 401 and nothing is
 * stored — and a rotation accepts the secret before until it is removed.
 */
class SignedEventsApiTest {

    @RegisterExtension
    final RunningApi api = new RunningApi();

    private String sender;
    private String senderId;

    @BeforeEach
    void makeSender() {
        sender = api.token("contact-pro", "events:write");
        senderId = api.tokenId("contact-pro");
    }

    private ApiResponse addSecret(String body) {
        return api.post("/v1/tokens/" + senderId + "/signing-secrets", body);
    }

    private ApiResponse send(String eventId, SigningSecret secret, long timestamp) {
        String body = Examples.receivedEvent(eventId);
        String signature =
                WebhookSignature.sign(secret, "msg-" + eventId, timestamp, body.getBytes(StandardCharsets.UTF_8));
        return api.as(
                sender,
                "POST",
                "/v1/events",
                body,
                "webhook-id",
                "msg-" + eventId,
                "webhook-timestamp",
                Long.toString(timestamp),
                "webhook-signature",
                signature);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Test
    void aSenderWithASecretMustSignAndASignedEventIsAccepted() {
        ApiResponse added = addSecret("");
        SigningSecret secret = new SigningSecret(added.json().get("secret").asText());

        ApiResponse unsigned = api.as(sender, "POST", "/v1/events", Examples.receivedEvent("signed-1"));
        ApiResponse signed = send("signed-1", secret, now());

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("secrets").asInt()).isEqualTo(1);
        assertThat(api.get("/v1/tokens").json().at("/tokens/0/signing/secrets").asInt())
                .isEqualTo(1);
        assertThat(api.get("/v1/tokens").body()).doesNotContain(secret.value().substring(6));
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.json().at("/error/message").asText())
                .isEqualTo("this sender signs its events: send the webhook-id, webhook-timestamp and"
                        + " webhook-signature headers (Standard Webhooks)");
        assertThat(signed.status())
                .as("the refused attempt stored nothing: the event is new")
                .isEqualTo(202);
    }

    @Test
    void aWrongOrStaleSignatureIsRefusedAndNothingIsStored() {
        SigningSecret secret =
                new SigningSecret(addSecret("").json().get("secret").asText());
        SigningSecret other = new SigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        ApiResponse wrong = send("signed-2", other, now());
        ApiResponse stale = send("signed-2", secret, now() - 301);
        ApiResponse future = send("signed-2", secret, now() + 400);
        ApiResponse right = send("signed-2", secret, now());

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().at("/error/message").asText())
                .isEqualTo("no v1 signature in webhook-signature matches the body with this sender's signing secret");
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.json().at("/error/message").asText()).contains("at most 300 s are accepted");
        assertThat(future.status()).isEqualTo(401);
        assertThat(right.status()).isEqualTo(202);
        assertThat(api.getAs(api.token("prometheus", "metrics:read"), "/metrics")
                        .body())
                .containsPattern("(?m)^cadbridge_webhook_signature_refused_total\\{reason=\"mismatch\"} 1\\.0$")
                .containsPattern("(?m)^cadbridge_webhook_signature_refused_total\\{reason=\"stale\"} 2\\.0$");
    }

    @Test
    void duringARotationBothSecretsSignUntilThePreviousIsRemoved() {
        SigningSecret first =
                new SigningSecret(addSecret("").json().get("secret").asText());
        String chosen = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

        ApiResponse rotated = addSecret("{\"secret\": \"" + chosen + "\"}");
        ApiResponse withFirst = send("rotate-1", first, now());
        ApiResponse withSecond = send("rotate-2", new SigningSecret(chosen), now());
        ApiResponse removed = api.delete("/v1/tokens/" + senderId + "/signing-secrets/previous");
        ApiResponse firstAfter = send("rotate-3", first, now());
        ApiResponse removedAgain = api.delete("/v1/tokens/" + senderId + "/signing-secrets/previous");

        assertThat(rotated.status()).isEqualTo(201);
        assertThat(rotated.json().get("secret").asText()).isEqualTo(chosen);
        assertThat(rotated.json().get("secrets").asInt()).isEqualTo(2);
        assertThat(withFirst.status()).isEqualTo(202);
        assertThat(withSecond.status()).isEqualTo(202);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(firstAfter.status()).isEqualTo(401);
        assertThat(removedAgain.status()).isEqualTo(404);
        assertThat(removedAgain.json().at("/error/message").asText())
                .isEqualTo("the token 'contact-pro' has no previous signing secret");
    }

    @Test
    void removingTheSecretsEndsSigning() {
        addSecret("");

        ApiResponse removed = api.delete("/v1/tokens/" + senderId + "/signing-secrets");
        ApiResponse unsigned = api.as(sender, "POST", "/v1/events", Examples.receivedEvent("unsigned-1"));

        assertThat(removed.status()).isEqualTo(204);
        assertThat(unsigned.status()).isEqualTo(202);
        assertThat(api.get("/v1/tokens").json().at("/tokens/0/signing").isNull())
                .isTrue();
        assertThat(api.delete("/v1/tokens/" + senderId + "/signing-secrets").status())
                .isEqualTo(404);
    }

    @Test
    void aBadSecretAnUnknownTokenAndATokenThatSendsNoEventsAreRefusedSayingWhy() {
        api.token("reporting", "reports:read");
        String reportingId = api.tokenId("reporting");

        ApiResponse tooShort = addSecret("{\"secret\": \"whsec_c2hvcnQ=\"}");
        ApiResponse unknownField = addSecret("{\"key\": \"whsec_c2hvcnQ=\"}");
        ApiResponse unknown = api.post("/v1/tokens/" + UUID.randomUUID() + "/signing-secrets", "");
        ApiResponse notASender = api.post("/v1/tokens/" + reportingId + "/signing-secrets", "");

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.messageAt("/secret"))
                .isEqualTo("must be \"whsec_\" followed by the base64 of 24 to 64 random bytes");
        assertThat(tooShort.body()).doesNotContain("c2hvcnQ=");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.pointers()).contains("/key");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notASender.status()).isEqualTo(409);
        assertThat(notASender.json().at("/error/message").asText())
                .isEqualTo("the token 'reporting' cannot send events (it lacks the scope 'events:write'):"
                        + " only an event sender signs what it sends");
    }
}
