package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CrmClientSettingsTest {

    @Test
    void defaultsAreOneMebibyteThreeTrialCallsAndNoNonPublicTarget() {
        assertThat(CrmClientSettings.defaults()).isEqualTo(new CrmClientSettings(1024 * 1024, 3, AllowedTargets.NONE));
    }

    @Test
    void rejectsNonPositiveSizesAndCounts() {
        assertThatThrownBy(() -> CrmClientSettings.defaults().withMaxResponseBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> CrmClientSettings.defaults().withHalfOpenCalls(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("halfOpenCalls");
    }
}
