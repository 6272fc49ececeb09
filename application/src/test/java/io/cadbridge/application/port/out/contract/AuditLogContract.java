package io.cadbridge.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.AuditLog;
import io.cadbridge.domain.audit.AuditEntry;
import io.cadbridge.domain.audit.AuditEntry.Actor;
import io.cadbridge.domain.audit.AuditEntry.Target;
import io.cadbridge.domain.audit.AuditRecord;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} keeps and reads back; run against the in-memory fake and PostgreSQL. */
public abstract class AuditLogContract {

    private static final Instant NINE = Instant.parse("2026-12-05T09:00:00Z");

    private AuditLog log;

    protected abstract AuditLog emptyLog();

    @BeforeEach
    void createLog() {
        log = emptyLog();
    }

    @Test
    void entriesComeBackNewestFirstWithWhoWhatAndBothSides() {
        AuditEntry created = entry(
                "integration.created",
                Optional.empty(),
                Optional.of(JsonObject.builder()
                        .put("name", JsonValue.of("CRM lookup"))
                        .build()));
        AuditEntry replaced = new AuditEntry(
                NINE.plusSeconds(60),
                new Actor(Optional.empty(), "bootstrap"),
                "integration.replaced",
                new Target("integration", "9b2f"),
                created.after(),
                Optional.of(JsonObject.builder()
                        .put("name", JsonValue.of("CRM lookup v2"))
                        .build()));
        log.append(created);
        log.append(replaced);

        List<AuditRecord> read = log.newestFirst(Optional.empty(), 10);

        assertThat(read).extracting(AuditRecord::entry).containsExactly(replaced, created);
        assertThat(read.get(0).id()).isGreaterThan(read.get(1).id());
    }

    @Test
    void aPageStartsBelowTheIdGivenAndHoldsAtMostTheLimit() {
        for (int i = 0; i < 5; i++) {
            log.append(entry("token.created", Optional.empty(), Optional.empty()));
        }
        List<AuditRecord> all = log.newestFirst(Optional.empty(), 10);

        List<AuditRecord> older = log.newestFirst(Optional.of(all.get(1).id()), 2);

        assertThat(all).hasSize(5);
        assertThat(older).containsExactly(all.get(2), all.get(3));
        assertThat(log.newestFirst(Optional.of(all.get(4).id()), 2)).isEmpty();
    }

    private static AuditEntry entry(String action, Optional<JsonValue> before, Optional<JsonValue> after) {
        return new AuditEntry(
                NINE,
                new Actor(Optional.of(UUID.fromString("5f0e8c4a-1d2b-4c3d-9e8f-0a1b2c3d4e5f")), "ops"),
                action,
                new Target("integration", "9b2f"),
                before,
                after);
    }
}
