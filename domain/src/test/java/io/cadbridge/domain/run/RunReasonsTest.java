package io.cadbridge.domain.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunReasonsTest {

    @Test
    void aReasonOfExactlyTheCapIsKeptWhole() {
        String reason = "x".repeat(RunReasons.MAX_LENGTH - 1) + "y";

        assertThat(RunReasons.stored(reason)).isEqualTo(reason);
    }

    @Test
    void aReasonLongerThanTheCapIsShortenedToTheCapAndEndsWithAnEllipsis() {
        String reason = "x".repeat(RunReasons.MAX_LENGTH - 1) + "yz";

        assertThat(RunReasons.stored(reason))
                .hasSize(RunReasons.MAX_LENGTH)
                .isEqualTo("x".repeat(RunReasons.MAX_LENGTH - 1) + "…");
    }

    @Test
    void shorteningNeverSplitsACharacterOutsideTheBasicPlane() {
        String kept = RunReasons.stored("😀".repeat(RunReasons.MAX_LENGTH));

        assertThat(kept).isEqualTo("😀".repeat((RunReasons.MAX_LENGTH - 2) / 2) + "…");
    }

    @Test
    void aNulCharacterBecomesTheReplacementCharacter() {
        assertThat(RunReasons.stored("bad\u0000byte")).isEqualTo("bad\uFFFDbyte");
    }
}
