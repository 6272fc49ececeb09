package io.cadbridge.domain.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.domain.validation.ValidationProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectedRecordTest {

    private static final List<ValidationProblem> PROBLEMS = List.of(new ValidationProblem("/event/id", "is required"));

    @Test
    void aValueIsKeptAsTextWithItsKeyAndPlace() {
        RejectedRecord record = RejectedRecord.of("events", 2, 41, bytes("conv-1"), bytes("{\"event\": {}}"), PROBLEMS);

        assertThat(record.stream()).isEqualTo("events");
        assertThat(record.partition()).isEqualTo(2);
        assertThat(record.offset()).isEqualTo(41);
        assertThat(record.key()).contains("conv-1");
        assertThat(record.value()).contains("{\"event\": {}}");
        assertThat(record.valueTruncated()).isFalse();
    }

    @Test
    void aValueLongerThanTheLimitIsCutAndSaysSo() {
        byte[] huge = bytes("x".repeat(RejectedRecord.MAX_VALUE_BYTES + 10));

        RejectedRecord record = RejectedRecord.of("events", 0, 0, null, huge, PROBLEMS);

        assertThat(record.value().orElseThrow()).hasSize(RejectedRecord.MAX_VALUE_BYTES);
        assertThat(record.valueTruncated()).isTrue();
        assertThat(record.key()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharacters() {
        RejectedRecord record = RejectedRecord.of("events", 0, 0, null, new byte[] {'a', (byte) 0xff, 'b'}, PROBLEMS);

        assertThat(record.value()).contains("a\uFFFDb");
    }

    @Test
    void aTombstoneHasNoValue() {
        RejectedRecord record = RejectedRecord.of("events", 0, 0, bytes("k"), null, PROBLEMS);

        assertThat(record.value()).isEmpty();
        assertThat(record.valueTruncated()).isFalse();
    }

    @Test
    void aRejectedRecordSaysWhatIsWrongWithIt() {
        assertThatThrownBy(() -> RejectedRecord.of("events", 0, 0, null, bytes("{}"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RejectedRecord.of("events", -1, 0, null, bytes("{}"), PROBLEMS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
