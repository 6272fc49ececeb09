package io.cadbridge.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HumanTextTest {

    @Test
    void durationsReadAsSecondsOrMilliseconds() {
        assertThat(HumanDuration.describe(Duration.ofSeconds(10))).isEqualTo("10 s");
        assertThat(HumanDuration.describe(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(HumanDuration.describe(Duration.ofMillis(250))).isEqualTo("250 ms");
    }

    @Test
    void byteSizesReadInBinaryUnitsWhenExact() {
        assertThat(ByteSize.describe(1024 * 1024)).isEqualTo("1 MiB");
        assertThat(ByteSize.describe(512 * 1024)).isEqualTo("512 KiB");
        assertThat(ByteSize.describe(1000)).isEqualTo("1000 bytes");
    }
}
