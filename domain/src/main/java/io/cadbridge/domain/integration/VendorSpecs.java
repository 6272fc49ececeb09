package io.cadbridge.domain.integration;

import java.util.Optional;
import java.util.Set;

/** The installed vendor adapters, as far as compiling an integration needs them. */
public interface VendorSpecs {

    VendorSpecs NONE = new VendorSpecs() {
        @Override
        public Optional<VendorSpec> find(String name) {
            return Optional.empty();
        }

        @Override
        public Set<String> names() {
            return Set.of();
        }
    };

    Optional<VendorSpec> find(String name);

    Set<String> names();
}
