package io.cadbridge.domain.conversation;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VersionedAttachedDataTest {

    private static final Instant T = Instant.parse("2026-11-25T09:00:00Z");
    private static final CadVersion OLD = new CadVersion(T, 7, 0);
    private static final CadVersion NEW = new CadVersion(T.plusSeconds(1), 3, 0);

    @Test
    void versionsOrderByEventTimeThenAcceptanceThenStep() {
        assertThat(NEW.isNewerThan(OLD))
                .as("a later event time wins over a larger sequence")
                .isTrue();
        assertThat(new CadVersion(T, 8, 0).isNewerThan(OLD)).isTrue();
        assertThat(new CadVersion(T, 7, 1).isNewerThan(OLD)).isTrue();
        assertThat(OLD.isNewerThan(OLD)).isFalse();
    }

    @Test
    void anOlderVersionWritesOnlyTheKeysNoNewerVersionWrote() {
        VersionedAttachedData newer =
                applied(VersionedAttachedData.EMPTY.merge(obj("status", "new"), NEW, CadLimits.DEFAULT));

        VersionedAttachedData.Merge merge = newer.merge(obj("status", "old", "first", "yes"), OLD, CadLimits.DEFAULT);

        assertThat(merge).isInstanceOfSatisfying(VersionedAttachedData.Merge.Applied.class, applied -> {
            assertThat(applied.after().data().values()).isEqualTo(obj("status", "new", "first", "yes"));
            assertThat(applied.writtenKeys()).containsExactly("first");
            assertThat(applied.after().versions()).containsEntry("status", NEW).containsEntry("first", OLD);
        });
    }

    @Test
    void replayingTheSameVersionChangesNothing() {
        VersionedAttachedData once = applied(VersionedAttachedData.EMPTY.merge(obj("a", 1), OLD, CadLimits.DEFAULT));

        assertThat(applied(once.merge(obj("a", 1), OLD, CadLimits.DEFAULT))).isEqualTo(once);
    }

    @Test
    void limitsRefuseAndSayWhich() {
        CadLimits limits = new CadLimits(8, 20, 40);

        assertThat(refused(VersionedAttachedData.EMPTY.merge(obj("much_too_long_key", 1), OLD, limits)))
                .contains("\"much_too_long_key\"")
                .contains("1 to 8");
        assertThat(refused(VersionedAttachedData.EMPTY.merge(obj("a", "x".repeat(30)), OLD, limits)))
                .contains("\"a\"")
                .contains("32 bytes")
                .contains("20 bytes per value");
        VersionedAttachedData full = applied(VersionedAttachedData.EMPTY.merge(obj("a", "x".repeat(15)), OLD, limits));
        assertThat(refused(full.merge(obj("b", "y".repeat(15)), NEW, limits)))
                .contains("45 bytes")
                .contains("40 bytes per conversation");
    }

    private static VersionedAttachedData applied(VersionedAttachedData.Merge merge) {
        return ((VersionedAttachedData.Merge.Applied) merge).after();
    }

    private static String refused(VersionedAttachedData.Merge merge) {
        assertThat(merge).isInstanceOf(VersionedAttachedData.Merge.Refused.class);
        return ((VersionedAttachedData.Merge.Refused) merge).reason();
    }
}
