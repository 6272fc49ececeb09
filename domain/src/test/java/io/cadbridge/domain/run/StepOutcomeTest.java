package io.cadbridge.domain.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.domain.conversation.CadLimits;
import io.cadbridge.domain.conversation.CadVersion;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.StoredConversation;
import io.cadbridge.domain.conversation.VersionedAttachedData;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.testing.Seed;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StepOutcomeTest {

    private static final Instant CLOSED = Instant.parse("2026-12-01T10:00:00Z");
    private static final LateUpdates LATE = new LateUpdates(Duration.ofMinutes(10), Duration.ofHours(1));
    private static final JsonObject SAVED = JsonObject.builder()
            .put("customerId", JsonValue.of("C-7"))
            .put("name", JsonValue.of("Aino"))
            .build();

    @Test
    void beforeTheGracePeriodEndsEveryKeyIsWritten() {
        StepEffects effects = outcome().applyTo(closed(), CadLimits.DEFAULT, LATE, CLOSED.plus(Duration.ofMinutes(5)));

        assertThat(effects.after().orElseThrow().data().values()).isEqualTo(SAVED);
        assertThat(effects.statistics()).extracting(entry -> entry.key()).containsExactly("customerId");
    }

    @Test
    void afterTheGracePeriodOnlySavedKeysAreWrittenAndTheRunNamesTheOthers() {
        StepEffects effects = outcome().applyTo(closed(), CadLimits.DEFAULT, LATE, CLOSED.plus(Duration.ofMinutes(30)));

        assertThat(effects.after().orElseThrow().data().values())
                .isEqualTo(JsonObject.builder()
                        .put("customerId", JsonValue.of("C-7"))
                        .build());
        assertThat(effects.run().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(effects.run().reason())
                .endsWith("; not saved, the conversation is closed and they are not included in statistics: name");
    }

    @Test
    void afterTheWindowNothingIsWrittenAndTheRunFails() {
        StepEffects effects = outcome().applyTo(closed(), CadLimits.DEFAULT, LATE, CLOSED.plus(Duration.ofHours(2)));

        assertThat(effects.after()).isEmpty();
        assertThat(effects.statistics()).isEmpty();
        assertThat(effects.run().status()).isEqualTo(RunStatus.FAILED);
        assertThat(effects.run().reason()).contains("late updates were accepted until 2026-12-01T11:00:00Z");
    }

    private static StoredConversation closed() {
        return new StoredConversation(VersionedAttachedData.EMPTY, Optional.of(CLOSED));
    }

    private static StepOutcome outcome() {
        var event = Seed.inboundCallReceived("e-1", "c-1");
        Run run = Run.of(
                IntegrationId.random(),
                "CRM",
                event,
                RunStatus.SUCCEEDED,
                "saved 2 attached-data key(s)",
                OptionalInt.of(200),
                Duration.ZERO,
                CLOSED);
        return new StepOutcome(
                run, SAVED, new CadVersion(event.datetime(), 1, 0), Map.of("customerId", HistoryMode.LAST));
    }
}
