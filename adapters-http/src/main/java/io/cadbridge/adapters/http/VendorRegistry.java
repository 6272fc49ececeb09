package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import com.networknt.schema.Schema;
import io.cadbridge.application.port.out.VendorCatalog;
import io.cadbridge.domain.integration.VendorInfo;
import io.cadbridge.domain.integration.VendorSpec;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonString;
import io.cadbridge.spi.Capability;
import io.cadbridge.spi.SecretSetting;
import io.cadbridge.spi.SettingsProblem;
import io.cadbridge.spi.VendorAdapter;
import io.cadbridge.spi.VendorDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The installed vendor adapters: the built-in ones on the service's class path, then one per plugin
 * directory ({@link PluginDirectories}). Names are unique; every settings schema compiles.
 */
final class VendorRegistry implements VendorCatalog {

    /** An adapter with where it came from and its compiled settings schema. */
    record Installed(
            VendorAdapter adapter, VendorDescriptor descriptor, String origin, JsonObject schema, Schema compiled) {}

    static final String BUILT_IN = "built-in";

    private final Map<String, Installed> byName;

    private VendorRegistry(Map<String, Installed> byName) {
        this.byName = Map.copyOf(byName);
    }

    /**
     * @param adapters each adapter with its origin ({@link #BUILT_IN} or a plugin directory)
     * @throws IllegalStateException naming the origin of an adapter that cannot be installed
     */
    static VendorRegistry of(Map<VendorAdapter, String> adapters) {
        Map<String, Installed> byName = new TreeMap<>();
        adapters.forEach((adapter, origin) -> {
            Installed installed = install(adapter, origin);
            Installed before = byName.putIfAbsent(installed.descriptor().name(), installed);
            if (before != null) {
                throw new IllegalStateException(origin + ": the vendor adapter \""
                        + installed.descriptor().name() + "\" is already installed from " + before.origin()
                        + "; names must be unique");
            }
        });
        return new VendorRegistry(byName);
    }

    private static Installed install(VendorAdapter adapter, String origin) {
        VendorDescriptor descriptor;
        try {
            descriptor = requireNonNull(adapter.descriptor(), "descriptor() returned null");
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    origin + ": " + adapter.getClass().getName() + " has no usable descriptor: " + e.getMessage(), e);
        }
        if (descriptor.spiVersion() < 1 || descriptor.spiVersion() > VendorAdapter.SPI_VERSION) {
            throw new IllegalStateException(origin + ": the vendor adapter \"" + descriptor.name()
                    + "\" needs SPI version " + descriptor.spiVersion() + "; this cadbridge provides version "
                    + VendorAdapter.SPI_VERSION);
        }
        JsonObject schema = SettingsSchemas.published(descriptor.settingsSchema());
        try {
            return new Installed(adapter, descriptor, origin, schema, SettingsSchemas.compile(schema));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    origin + ": the settings schema of the vendor adapter \"" + descriptor.name()
                            + "\" is not a JSON Schema: " + e.getMessage(),
                    e);
        }
    }

    Optional<Installed> installed(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public Optional<VendorSpec> find(String name) {
        return installed(name).map(installed -> info(installed).spec());
    }

    @Override
    public Set<String> names() {
        return byName.keySet();
    }

    @Override
    public List<VendorInfo> installed() {
        return byName.values().stream().map(VendorRegistry::info).toList();
    }

    @Override
    public List<ValidationProblem> checkSettings(String vendor, JsonObject settings) {
        Optional<Installed> installed = installed(vendor);
        if (installed.isEmpty()) {
            return List.of();
        }
        List<ValidationProblem> problems = new ArrayList<>();
        for (String[] problem : SettingsSchemas.problems(installed.get().compiled(), settings)) {
            problems.add(new ValidationProblem("/vendorSettings" + problem[0], problem[1]));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        settings.get(SettingsSchemas.DEFAULT_REGION)
                .filter(JsonString.class::isInstance)
                .map(region -> ((JsonString) region).value())
                .filter(region -> !PhoneNumbers.isRegion(region))
                .ifPresent(region -> problems.add(new ValidationProblem(
                        "/vendorSettings/" + SettingsSchemas.DEFAULT_REGION,
                        "\"" + region + "\" is not a region libphonenumber knows; use an ISO 3166 code such as US")));
        try {
            for (SettingsProblem problem : installed.get().adapter().validate(settings)) {
                problems.add(new ValidationProblem("/vendorSettings" + problem.pointer(), problem.message()));
            }
        } catch (RuntimeException e) {
            problems.add(
                    new ValidationProblem("/vendorSettings", "the " + vendor + " adapter failed to check them: " + e));
        }
        return problems;
    }

    private static VendorInfo info(Installed installed) {
        VendorDescriptor descriptor = installed.descriptor();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (SecretSetting secret : descriptor.secrets()) {
            secrets.put(secret.name(), secret.description());
        }
        return new VendorInfo(
                descriptor.name(),
                descriptor.version(),
                descriptor.title(),
                installed.schema(),
                secrets,
                descriptor.capabilities().stream().map(Capability::name).collect(Collectors.toSet()),
                descriptor.defaultSave(),
                installed.origin());
    }
}
