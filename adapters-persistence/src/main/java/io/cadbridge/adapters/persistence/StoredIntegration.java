package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION;

import io.cadbridge.adapters.persistence.jooq.tables.records.IntegrationRecord;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDirection;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Scope;
import io.cadbridge.domain.integration.VendorBinding;
import io.cadbridge.domain.integration.VendorSpec;
import io.cadbridge.domain.integration.VendorSpecs;
import io.cadbridge.domain.validation.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Record;

/** Rebuilds an integration from its rows; compiling it again is what makes its templates usable. */
final class StoredIntegration {

    private StoredIntegration() {}

    /** @param row an integration row left-joined to its integration_secret row */
    static Integration compile(Record row, SecretColumns secrets, VendorSpecs vendors) {
        IntegrationRecord integration = row.into(INTEGRATION);
        IntegrationId id = new IntegrationId(integration.getId());
        try {
            return draft(integration).compile(id, secrets.read(row), orMissing(vendors));
        } catch (ValidationException e) {
            // Saved integrations were valid; failing now means the rules changed under stored data.
            throw new IllegalStateException("stored integration " + id + " no longer compiles: " + e.getMessage(), e);
        }
    }

    private static IntegrationDraft draft(IntegrationRecord row) {
        return new IntegrationDraft(
                row.getName(),
                row.getDescription(),
                ChannelType.fromWireName(row.getChannelType())
                        .orElseThrow(() -> unknown("channel type", row.getChannelType())),
                row.getEndpointUrl(),
                row.getOrdinal(),
                IntegrationDirection.fromWireName(row.getDirection())
                        .orElseThrow(() -> unknown("direction", row.getDirection())),
                events(row.getEvents()),
                new Scope(row.getDirectConversations(), List.of(row.getQueues())),
                row.getEnabled(),
                JsonColumns.value(row.getConfiguration()),
                Optional.ofNullable(row.getVendor())
                        .map(vendor -> new VendorBinding(vendor, JsonColumns.object(row.getVendorSettings()))));
    }

    /**
     * An adapter removed since the integration was saved must not stop the others from loading: the
     * integration loads without its default mapping, and its runs fail saying the adapter is missing.
     */
    private static VendorSpecs orMissing(VendorSpecs vendors) {
        return new VendorSpecs() {
            @Override
            public Optional<VendorSpec> find(String name) {
                return vendors.find(name).or(() -> Optional.of(VendorSpec.missing(name)));
            }

            @Override
            public Set<String> names() {
                return vendors.names();
            }
        };
    }

    private static Set<EventName> events(String[] names) {
        return Arrays.stream(names)
                .map(name -> EventName.parse(name).orElseThrow(() -> unknown("event", name)))
                .collect(Collectors.toSet());
    }

    private static IllegalStateException unknown(String what, String value) {
        return new IllegalStateException("a stored integration has an unknown " + what + ": " + value);
    }
}
