package io.cadbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonBoolean;
import io.cadbridge.json.JsonNull;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.json.JsonValue;
import io.cadbridge.spi.Capability;
import io.cadbridge.spi.VendorAdapter;
import io.cadbridge.spi.VendorAuth;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What an adapter's test supplies to {@link VendorAdapterContract}, and the set-up the cases share: a
 * {@link VendorHost} per test class, the fake reset before each case and closed after the last.
 *
 * <p>One instance serves all cases of a class ({@code PER_CLASS}): create and start the fake in a
 * field initialiser. Conventions the default checks rely on: the lookup's document has a boolean
 * {@code found} (override {@link #reportsFound} and {@link #reportsNotFound} otherwise), and the
 * adapter's default {@code save} mapping saves the customer's id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class VendorAdapterFixture {

    /** The caller of every lookup in the contract, and the national number customers are stored with. */
    public static final String CALLER = "+14155551212";

    public static final String CALLER_NATIONAL = "4155551212";

    private VendorHost host;

    /** The adapter's {@code descriptor().name()}: what an integration's {@code "vendor"} says. */
    protected abstract String vendorName();

    /** The adapter's fake vendor, started. */
    protected abstract FakeVendorServer fake();

    /** {@code vendorSettings} that work against {@link #fake()} (without {@code defaultRegion}). */
    protected abstract JsonObject settings();

    /**
     * The integration's {@code authentications}: every secret the descriptor names, with distinctive
     * values of at least 12 characters (the contract scans logs and traces for them).
     */
    protected abstract Map<String, String> secrets();

    /** Stores {@code customer} in the fake, phone as given; returns its id as the vendor shows it (distinctive, not {@code 1}). */
    protected abstract String storeCustomer(TestCustomer customer);

    /** The stored formats the vendor's search matches for a caller of {@code +14155551212}. */
    protected abstract Set<StoredPhoneFormat> matchedPhoneFormats();

    /** Stores a case (ticket) for a customer; returns its id. Needed with {@link Capability#RECENT_CASES}. */
    protected String storeCase(String customerId, String subject) {
        throw new UnsupportedOperationException(
                vendorName() + " declares RECENT_CASES: override storeCase to store a case in the fake");
    }

    /** The integration's {@code endpointUrl}: the fake's base URL unless the vendor's API lives under a path. */
    protected String endpointUrl() {
        return fake().baseUrl();
    }

    /** Whether a lookup's document says a customer was found; by default, its {@code found} is {@code true}. */
    protected boolean reportsFound(JsonValue document) {
        return member(document, "found").equals(JsonBoolean.TRUE);
    }

    /** Whether a lookup's document says nobody was found; by default, its {@code found} is {@code false}. */
    protected boolean reportsNotFound(JsonValue document) {
        return member(document, "found").equals(JsonBoolean.FALSE);
    }

    /** The host the cases run on (one per test class). */
    protected final VendorHost host() {
        return host;
    }

    /** The adapter as {@link ServiceLoader} finds it on the class path, by {@link #vendorName()}. */
    protected final VendorAdapter adapter() {
        return ServiceLoader.load(VendorAdapter.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(adapter -> adapter.descriptor().name().equals(vendorName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no vendor adapter named " + vendorName()
                        + " is listed in META-INF/services/" + VendorAdapter.class.getName()));
    }

    /** An integration on the fake with {@link #settings()}, {@link #secrets()} and no configuration. */
    protected final Integration integration() {
        return integration(settings(), secrets());
    }

    /** An integration on the fake with these settings and secrets, and no configuration. */
    protected final Integration integration(JsonObject settings, Map<String, String> secrets) {
        return host.integration(vendorName(), endpointUrl(), settings, secrets);
    }

    /** {@link #settings()} with the host's {@code defaultRegion}. */
    protected final JsonObject settingsWithRegion(String region) {
        return settings().with("defaultRegion", new JsonString(region));
    }

    /** Whether the adapter's calls get OAuth tokens (a token endpoint the fake counts) rather than static credentials. */
    protected final boolean usesOAuth() {
        VendorAuth auth = adapter().authentication(settings());
        return auth instanceof VendorAuth.ClientCredentials || auth instanceof VendorAuth.JwtBearer;
    }

    /** The settings problems of saving an integration with these settings; asserts no request reached the fake. */
    final List<ValidationProblem> problemsWithoutCalls(JsonObject settings) {
        fake().clearRequests();
        List<ValidationProblem> problems = host.checkSettings(vendorName(), settings);
        assertThat(fake().requests()).as("checking settings calls nobody").isEmpty();
        return problems;
    }

    final void assumeCapability(Capability capability) {
        assumeTrue(adapter().descriptor().capabilities().contains(capability), vendorName() + " has no " + capability);
    }

    final LookupExpectations expect() {
        return new LookupExpectations(this::reportsFound, this::reportsNotFound);
    }

    @BeforeAll
    final void startHost() {
        host = VendorHost.start();
    }

    @BeforeEach
    final void resetFake() {
        fake().reset();
        host.clearLog();
    }

    @AfterAll
    final void stopHostAndFake() throws Exception {
        try (FakeVendorServer closing = fake()) {
            host.close();
        }
    }

    private static JsonValue member(JsonValue document, String name) {
        return document instanceof JsonObject object ? object.get(name).orElse(JsonNull.INSTANCE) : JsonNull.INSTANCE;
    }
}
