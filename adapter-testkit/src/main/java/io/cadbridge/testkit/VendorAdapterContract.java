package io.cadbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cadbridge.domain.integration.Integration;
import io.cadbridge.spi.Capability;
import io.cadbridge.spi.VendorAdapter;
import io.cadbridge.spi.VendorDescriptor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract every vendor adapter's test extends. It runs the adapter through the real host
 * ({@link VendorHost}) against the adapter's fake vendor ({@link FakeVendorServer}); what a subclass
 * supplies is described in {@link VendorAdapterFixture}. Cases a vendor cannot have (token refresh
 * for static credentials, e-mail lookup without {@link Capability#CONTACT_BY_EMAIL}) are skipped.
 *
 * <pre>{@code
 * class AcmeAdapterTest extends VendorAdapterContract {
 *     private final FakeAcme acme = new FakeAcme("acme-token-0123456789").start();
 *     protected String vendorName() { return "acme"; }
 *     protected FakeVendorServer fake() { return acme; }
 *     ...
 * }
 * }</pre>
 */
public abstract class VendorAdapterContract extends VendorAdapterFixture {

    private static final String DECOY_NATIONAL = "6505550199";

    @Test
    void descriptorIsSane() {
        VendorDescriptor descriptor = adapter().descriptor();
        assertThat(descriptor.name()).isEqualTo(vendorName());
        assertThat(descriptor.version()).matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");
        assertThat(descriptor.spiVersion()).isBetween(1, VendorAdapter.SPI_VERSION);
        assertThat(descriptor.title()).isNotBlank();
        assertThat(descriptor.capabilities()).isNotEmpty();
        assertThat(host().catalog().find(vendorName())).as("installed, its settings schema compiled").isPresent();
        DescriptorChecks.settingsSchemaIsClosed(descriptor);
        DescriptorChecks.secretsAreDeclaredAndSupplied(descriptor, adapter().authentication(settings()), secrets());
    }

    @Test
    void defaultSaveAppliesWithZeroConfiguration() {
        assertThat(adapter().descriptor().defaultSave().members()).isNotEmpty();
        assertThat(integration().configuration().response().save()).as("the default save compiled").isPresent();
    }

    @Test
    void sampleSettingsAreValid() {
        assertThat(problemsWithoutCalls(settings())).isEmpty();
        assertThat(problemsWithoutCalls(settingsWithRegion("US"))).isEmpty();
        assertThat(adapter().validate(settings())).isEmpty();
    }

    @Test
    void unknownSettingIsRefusedWithoutCallingTheVendor() {
        assertRefused(SettingsBreakage.unknownMember(settings()));
    }

    @Test
    void settingOfTheWrongTypeIsRefusedWithoutCallingTheVendor() {
        var broken = SettingsBreakage.wrongType(adapter().descriptor().settingsSchema(), settings());
        assumeTrue(broken.isPresent(), "the settings schema declares no typed setting");
        assertRefused(broken.get());
    }

    @Test
    void missingRequiredSettingIsRefusedWithoutCallingTheVendor() {
        var broken = SettingsBreakage.missingRequired(adapter().descriptor().settingsSchema(), settings());
        assumeTrue(broken.isPresent(), "the settings schema requires nothing the sample has");
        assertRefused(broken.get());
    }

    @Test
    void unknownDefaultRegionIsRefusedWithoutCallingTheVendor() {
        assertRefused(new SettingsBreakage.Broken(settingsWithRegion("ZZ"), "/vendorSettings/defaultRegion"));
    }

    @ParameterizedTest
    @EnumSource(StoredPhoneFormat.class)
    void internationalCallerMatchesStoredFormat(StoredPhoneFormat format) {
        assertPhoneMatch(format, integration(), CALLER);
    }

    @ParameterizedTest
    @EnumSource(StoredPhoneFormat.class)
    void nationalCallerWithDefaultRegionMatchesStoredFormat(StoredPhoneFormat format) {
        assertPhoneMatch(format, integration(settingsWithRegion("US"), secrets()), "(415) 555-1212");
    }

    @Test
    void unknownCallerIsNotFoundAndSavesNothingThatLies() {
        String other = storeCustomer(Customers.decoy(StoredPhoneFormat.E164.format(DECOY_NATIONAL)));
        expect().notFound(host().lookup(integration(), CALLER), other);
        assertThat(fake().apiRequests()).as("the vendor was asked").isNotEmpty();
    }

    @Test
    void customerIsFoundByEmail() {
        assumeCapability(Capability.CONTACT_BY_EMAIL);
        String customer = storeCustomer(Customers.target(CALLER));
        String decoy = storeCustomer(Customers.decoy("+1" + DECOY_NATIONAL));
        HostRun run = host().run(integration(), TestEvents.inboundMessage("chat", Customers.TARGET_EMAIL));
        expect().found(run, customer, decoy);
    }

    @Test
    void recentCasesOfTheCustomerAreInTheDocument() {
        assumeCapability(Capability.RECENT_CASES);
        String customer = storeCustomer(Customers.target(CALLER));
        String decoy = storeCustomer(Customers.decoy("+1" + DECOY_NATIONAL));
        storeCase(customer, "Printer on fire");
        storeCase(decoy, "Decoy's case");
        HostRun run = host().lookup(integration(), CALLER);
        assertThat(JsonLeaves.texts(run.document())).contains("Printer on fire").doesNotContain("Decoy's case");
    }

    @Test
    void retryAfterIsHonoured() {
        String customer = storeCustomer(Customers.target(CALLER));
        fake().throttleNext(1, 1);
        HostRun run = host().lookup(integration(), CALLER);
        expect().found(run, customer, "no decoy");
        assertThat(run.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        List<RecordedRequest> calls = fake().apiRequests();
        assertThat(calls.size()).as("the throttled call and its retry, then the rest: %s", calls).isGreaterThanOrEqualTo(2);
        assertThat(calls.get(1).sameCallAs(calls.get(0))).as("the retry repeats the call: %s", calls).isTrue();
        assertThat(Duration.between(calls.get(0).receivedAt(), calls.get(1).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void expiredTokenIsRefreshedExactlyOnce() {
        assumeTrue(usesOAuth(), vendorName() + " uses static credentials");
        String customer = storeCustomer(Customers.target(CALLER));
        expect().found(host().lookup(integration(), CALLER), customer, "no decoy");
        int before = fake().tokenRequests();
        fake().expireTokens();
        expect().found(host().lookup(integration(), CALLER), customer, "no decoy");
        assertThat(fake().tokenRequests() - before).as("token requests after the tokens expired").isEqualTo(1);
    }

    @Test
    void persistentUnauthorizedFailsAfterTwoTokenFetches() throws Exception {
        assumeTrue(usesOAuth(), vendorName() + " uses static credentials");
        storeCustomer(Customers.target(CALLER));
        fake().refuseTokens();
        try (VendorHost fresh = VendorHost.start()) {
            HostRun run = fresh.lookup(fresh.integration(vendorName(), endpointUrl(), settings(), secrets()), CALLER);
            assertThat(run.succeeded()).as("%s", run).isFalse();
            assertThat(run.status()).as("%s", run).hasValue(401);
        }
        assertThat(fake().tokenRequests()).as("a token, then one new token after the 401").isEqualTo(2);
        assertThat(fake().apiRequests()).as("one call per token").hasSize(2);
    }

    @Test
    void refusedCredentialsFailWithoutRetries() {
        assumeTrue(!usesOAuth() && !secrets().isEmpty(), vendorName() + " has no static credentials");
        storeCustomer(Customers.target(CALLER));
        HostRun run = host().lookup(integration(settings(), Customers.revoked(secrets())), CALLER);
        assertThat(run.succeeded()).as("%s", run).isFalse();
        assertThat(run.status().orElse(0)).as("%s", run).isIn(401, 403);
        assertThat(fake().apiRequests()).as("refused credentials are not tried again").hasSize(1);
    }

    @Test
    void secretsNeverShowInLogsTracesOrErrors() throws Exception {
        SecretsExposure.check(this);
    }

    @Test
    void adapterRunsInAClassLoaderThatSeesOnlyTheSpi() throws Exception {
        Isolation.check(adapter(), settings());
    }

    private void assertPhoneMatch(StoredPhoneFormat format, Integration integration, String caller) {
        String customer = storeCustomer(Customers.target(format.format(CALLER_NATIONAL)));
        String decoy = storeCustomer(Customers.decoy(format.format(DECOY_NATIONAL)));
        HostRun run = host().lookup(integration, caller);
        if (matchedPhoneFormats().contains(format)) {
            expect().found(run, customer, decoy);
        } else {
            expect().notFound(run, customer, decoy);
        }
    }

    private void assertRefused(SettingsBreakage.Broken broken) {
        assertThat(problemsWithoutCalls(broken.settings()))
                .as("settings %s", broken.settings().toJson())
                .extracting(problem -> problem.pointer())
                .contains(broken.pointer());
    }
}
