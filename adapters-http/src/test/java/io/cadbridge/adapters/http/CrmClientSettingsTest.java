package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CrmClientSettingsTest {

    @Test
    void defaultsAreOneMebibyteAndABreakerOfTenCallsOpeningAtHalfForThirtySeconds() {
        assertThat(CrmClientSettings.defaults())
                .isEqualTo(new CrmClientSettings(1024 * 1024, 10, 5, 50, Duration.ofSeconds(30), 3));
    }

    @Test
    void rejectsNonPositiveSizesAndCounts() {
        assertThatThrownBy(() -> CrmClientSettings.defaults().withMaxResponseBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> CrmClientSettings.defaults().withCircuitBreaker(0, 5, 50, Duration.ofSeconds(1), 1))
                .hasMessageContaining("slidingWindowSize");
    }

    @Test
    void rejectsAFailureRateOutsideOneToOneHundredPercent() {
        assertThatThrownBy(() -> CrmClientSettings.defaults().withCircuitBreaker(10, 5, 101, Duration.ofSeconds(1), 1))
                .hasMessageContaining("failureRatePercent");
    }

    @Test
    void rejectsAnOpenDurationThatIsNotPositive() {
        assertThatThrownBy(() -> CrmClientSettings.defaults().withCircuitBreaker(10, 5, 50, Duration.ZERO, 1))
                .hasMessageContaining("openDuration");
    }
}
