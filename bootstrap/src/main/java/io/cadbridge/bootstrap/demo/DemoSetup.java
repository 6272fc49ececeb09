package io.cadbridge.bootstrap.demo;

import com.google.inject.Injector;
import io.cadbridge.application.port.in.ExtraDataSettingsUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase.CreateIntegrationCommand;
import io.cadbridge.application.port.in.ManageIntegrationsUseCase.ReplaceIntegrationCommand;
import io.cadbridge.application.port.in.SaveOutcome;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.BasicCredentials;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDirection;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.Scope;
import io.cadbridge.domain.integration.SecretsUpdate;
import io.cadbridge.json.JsonValue;
import io.cadbridge.support.jackson.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates (or, on a later start, points again at the sample CRM) the seed integration, and saves
 * {@code customer_data} for statistics on phone and chat.
 */
public final class DemoSetup {

    public static final String INTEGRATION_NAME = "Demo: fetch customer by phone number";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);

    private DemoSetup() {}

    public static void apply(Injector injector, String customersUrl) {
        ManageIntegrationsUseCase integrations = injector.getInstance(ManageIntegrationsUseCase.class);
        IntegrationDraft draft = new IntegrationDraft(
                INTEGRATION_NAME,
                "The seed example against the sample CRM started by --demo",
                ChannelType.MULTI_CHANNEL,
                customersUrl,
                1,
                IntegrationDirection.INBOUND,
                Set.of(EventName.RECEIVED, EventName.TRANSFERRED, EventName.FORWARDED),
                new Scope(true, List.of(Scope.ALL_QUEUES)),
                true,
                seedConfiguration());
        SecretsUpdate credentials = new SecretsUpdate(
                new SecretsUpdate.Change.Replace<>(new BasicCredentials(DemoCrm.USERNAME, DemoCrm.PASSWORD)),
                new SecretsUpdate.Change.Keep<>());
        Optional<Integration> existing = integrations.list().stream()
                .filter(i -> i.name().equals(INTEGRATION_NAME))
                .findFirst();
        SaveOutcome outcome = existing.isPresent()
                ? integrations.replace(
                        new ReplaceIntegrationCommand(existing.get().id(), draft, credentials))
                : integrations.create(new CreateIntegrationCommand(draft, credentials));
        if (!(outcome instanceof SaveOutcome.Saved saved)) {
            throw new IllegalStateException("the demo integration was not accepted: " + outcome);
        }
        ExtraDataSettingsUseCase settings = injector.getInstance(ExtraDataSettingsUseCase.class);
        for (ChannelType channel : List.of(ChannelType.PHONE, ChannelType.CHAT)) {
            settings.configure(new ExtraDataSettings(channel, List.of("customer_data"), List.of("customer_data")));
        }
        LOG.info(
                "Demo: sample CRM at {}; integration '{}' has id {}",
                customersUrl,
                INTEGRATION_NAME,
                saved.integration().id());
    }

    /** The seed example's "JSON for Configuration", verbatim. */
    public static JsonValue seedConfiguration() {
        try (InputStream in = DemoSetup.class.getResourceAsStream("/demo/seed-configuration.json")) {
            return JsonValues.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the seed configuration cannot be read", e);
        }
    }
}
