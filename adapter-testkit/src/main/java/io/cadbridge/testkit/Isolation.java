package io.cadbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cadbridge.json.JsonObject;
import io.cadbridge.spi.VendorAdapter;
import java.net.URL;
import java.util.List;
import java.util.ServiceLoader;

/** Loads the adapter's code source alone, as the host loads a plugin, and checks what it can see. */
final class Isolation {

    /** Host classes and libraries a plugin must not reach. */
    static final List<String> HIDDEN = List.of(
            "io.cadbridge.adapters.http.CrmHttpModule",
            "io.cadbridge.domain.integration.Integration",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.google.inject.Guice",
            "okhttp3.OkHttpClient");

    private Isolation() {}

    static void check(VendorAdapter adapter, JsonObject settings) throws Exception {
        URL codeSource = adapter.getClass().getProtectionDomain().getCodeSource().getLocation();
        try (IsolatedLoader loader = new IsolatedLoader(codeSource, VendorAdapter.class.getClassLoader())) {
            VendorAdapter isolated = ServiceLoader.load(VendorAdapter.class, loader).stream()
                    .map(ServiceLoader.Provider::get)
                    .filter(candidate -> candidate.getClass().getClassLoader() == loader)
                    .filter(candidate -> candidate.descriptor().name().equals(adapter.descriptor().name()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("ServiceLoader finds no adapter named "
                            + adapter.descriptor().name() + " in " + codeSource + " alone"));
            assertThat(isolated.getClass()).isNotSameAs(adapter.getClass());
            assertThat(isolated.descriptor()).isEqualTo(adapter.descriptor());
            assertThat(isolated.validate(settings)).isEqualTo(adapter.validate(settings));
            for (String hidden : HIDDEN) {
                assertThatThrownBy(() -> loader.loadClass(hidden))
                        .as("the adapter's class loader must not see %s", hidden)
                        .isInstanceOf(ClassNotFoundException.class);
            }
        }
    }
}
