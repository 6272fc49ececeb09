package io.cadbridge.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.integration.ChannelType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ExtraDataSettingsRepository} does; run against the in-memory fake and the real adapter. */
public abstract class ExtraDataSettingsRepositoryContract {

    protected ExtraDataSettingsRepository repository;

    /** @return a repository where no channel has settings yet */
    protected abstract ExtraDataSettingsRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        repository = emptyRepository();
    }

    @Test
    void aChannelWithoutSavedSettingsHasNone() {
        assertThat(repository.find(ChannelType.CHAT)).isEmpty();
    }

    @Test
    void savedSettingsAreFoundWithTheirKeysInOrder() {
        ExtraDataSettings settings = new ExtraDataSettings(
                ChannelType.PHONE, List.of("customer_name", "account", "ÄÖ_key"), List.of("tier", "account"));

        repository.save(settings);

        assertThat(repository.find(ChannelType.PHONE)).contains(settings);
    }

    @Test
    void savingAgainReplacesTheChannelsSettings() {
        repository.save(new ExtraDataSettings(ChannelType.PHONE, List.of("a", "b"), List.of("c")));
        ExtraDataSettings replacement = new ExtraDataSettings(ChannelType.PHONE, List.of(), List.of("d"));

        repository.save(replacement);

        assertThat(repository.find(ChannelType.PHONE)).contains(replacement);
    }

    @Test
    void eachChannelKeepsItsOwnSettings() {
        ExtraDataSettings phone = new ExtraDataSettings(ChannelType.PHONE, List.of("a"), List.of());
        ExtraDataSettings email = new ExtraDataSettings(ChannelType.EMAIL, List.of(), List.of("b"));

        repository.save(phone);
        repository.save(email);

        assertThat(repository.find(ChannelType.PHONE)).contains(phone);
        assertThat(repository.find(ChannelType.EMAIL)).contains(email);
        assertThat(repository.find(ChannelType.CHAT)).isEmpty();
    }

    @Test
    void outboundCallKeysAndHistoryModesAreKept() {
        ExtraDataSettings settings = new ExtraDataSettings(
                ChannelType.PHONE,
                List.of("customer_data"),
                List.of("customerId", "visits", "entry"),
                List.of("customerId"),
                Map.of("visits", HistoryMode.ALL, "entry", HistoryMode.FIRST));

        repository.save(settings);

        assertThat(repository.find(ChannelType.PHONE)).contains(settings);
        assertThat(repository.find(ChannelType.PHONE).orElseThrow().statisticsKeys())
                .containsExactly(
                        Map.entry("customerId", HistoryMode.LAST),
                        Map.entry("visits", HistoryMode.ALL),
                        Map.entry("entry", HistoryMode.FIRST));
    }
}
