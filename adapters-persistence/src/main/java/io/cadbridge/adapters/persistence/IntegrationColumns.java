package io.cadbridge.adapters.persistence;

import static io.cadbridge.adapters.persistence.jooq.Sequences.INTEGRATION_VERSION_SEQ;
import static io.cadbridge.adapters.persistence.jooq.Tables.INTEGRATION;

import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.VendorBinding;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The columns of an integration's main row, secrets excluded; the same values serve insert and update,
 * and each save takes a new version.
 */
final class IntegrationColumns {

    private IntegrationColumns() {}

    static Map<Field<?>, Object> of(Integration integration) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(INTEGRATION.NAME, integration.name());
        columns.put(INTEGRATION.DESCRIPTION, integration.description());
        columns.put(INTEGRATION.CHANNEL_TYPE, integration.channelType().wireName());
        columns.put(INTEGRATION.ENDPOINT_URL, integration.endpointUrl().source());
        columns.put(INTEGRATION.ORDINAL, integration.ordinal());
        columns.put(INTEGRATION.DIRECTION, integration.direction().wireName());
        columns.put(INTEGRATION.EVENTS, eventNames(integration));
        columns.put(INTEGRATION.DIRECT_CONVERSATIONS, integration.scope().directConversations());
        columns.put(INTEGRATION.QUEUES, integration.scope().queues().toArray(String[]::new));
        columns.put(INTEGRATION.ENABLED, integration.enabled());
        columns.put(
                INTEGRATION.CONFIGURATION,
                JsonColumns.json(integration.configuration().source()));
        columns.put(
                INTEGRATION.VENDOR,
                integration.vendor().map(VendorBinding::name).orElse(null));
        columns.put(
                INTEGRATION.VENDOR_SETTINGS,
                integration
                        .vendor()
                        .map(vendor -> JsonColumns.jsonb(vendor.settings()))
                        .orElse(null));
        columns.put(INTEGRATION.VERSION, INTEGRATION_VERSION_SEQ.nextval());
        columns.put(INTEGRATION.UPDATED_AT, DSL.currentOffsetDateTime());
        return columns;
    }

    /** Display names in the enum's order, so equal integrations store equal arrays. */
    private static String[] eventNames(Integration integration) {
        return integration.events().stream()
                .sorted()
                .map(EventName::displayName)
                .toArray(String[]::new);
    }
}
