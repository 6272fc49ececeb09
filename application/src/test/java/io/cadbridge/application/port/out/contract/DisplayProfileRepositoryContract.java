package io.cadbridge.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.DisplayProfileRepository;
import io.cadbridge.domain.display.DisplayField;
import io.cadbridge.domain.display.DisplayProfile;
import io.cadbridge.domain.display.DisplayType;
import io.cadbridge.domain.display.ProfileScope;
import io.cadbridge.domain.integration.ChannelType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DisplayProfileRepository} keeps; run against the in-memory fake and PostgreSQL. */
public abstract class DisplayProfileRepositoryContract {

    private static final ProfileScope PHONE = new ProfileScope.Channel(ChannelType.PHONE);
    private static final ProfileScope SALES = new ProfileScope.Queue("c8177d58-5da5-ee11-b3ed-58961d1810cc");

    private DisplayProfileRepository repository;

    protected abstract DisplayProfileRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        repository = emptyRepository();
    }

    @Test
    void aProfileComesBackAsSavedWithItsOrderLabelsTypesAndTemplates() {
        DisplayProfile profile = new DisplayProfile(List.of(
                new DisplayField(
                        "customer_data.id",
                        Map.of("en", "Customer", "fi", "Asiakas"),
                        DisplayType.LINK,
                        Optional.of("https://crm.example/c/{value}")),
                new DisplayField("ssn", Map.of(), DisplayType.MASKED, Optional.empty()),
                DisplayField.text("customer_data")));

        repository.save(PHONE, profile);

        assertThat(repository.find(PHONE)).contains(profile);
        assertThat(repository.find(SALES)).isEmpty();
    }

    @Test
    void savingAgainReplacesAndScopesAreApart() {
        repository.save(PHONE, new DisplayProfile(List.of(DisplayField.text("a"))));
        repository.save(SALES, new DisplayProfile(List.of(DisplayField.text("b"))));

        repository.save(PHONE, DisplayProfile.EVERYTHING);

        assertThat(repository.find(PHONE)).contains(DisplayProfile.EVERYTHING);
        assertThat(repository.find(SALES)).contains(new DisplayProfile(List.of(DisplayField.text("b"))));
    }
}
