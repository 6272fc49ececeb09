package io.cadbridge.application.port.out;

import io.cadbridge.domain.integration.VendorInfo;
import io.cadbridge.domain.integration.VendorSpec;
import io.cadbridge.domain.integration.VendorSpecs;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The vendor adapters installed in this process: built in, and found in the plugins directory (ADR 0031). */
public interface VendorCatalog extends VendorSpecs {

    /** No adapter installed. */
    VendorCatalog NONE = new VendorCatalog() {
        @Override
        public Optional<VendorSpec> find(String name) {
            return Optional.empty();
        }

        @Override
        public Set<String> names() {
            return Set.of();
        }

        @Override
        public List<VendorInfo> installed() {
            return List.of();
        }

        @Override
        public List<ValidationProblem> checkSettings(String vendor, JsonObject settings) {
            return List.of();
        }
    };

    /** Every installed adapter, by name. */
    List<VendorInfo> installed();

    /**
     * Checks an integration's {@code vendorSettings} against the adapter's settings schema and its own
     * rules, without any network call.
     *
     * @return the problems, with pointers under {@code /vendorSettings}; empty for an unknown vendor
     *     (compiling the integration reports that)
     */
    List<ValidationProblem> checkSettings(String vendor, JsonObject settings);
}
