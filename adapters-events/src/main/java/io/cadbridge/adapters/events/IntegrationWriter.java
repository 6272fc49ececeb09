package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.support.jackson.JsonValues;
import java.util.List;

/**
 * The integration resource as clients read it. Secrets are write-only: the answer says which exist,
 * never their values. The configuration comes back as it was sent.
 */
final class IntegrationWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode write(Integration integration) {
        ObjectNode node = NODES.objectNode()
                .put("id", integration.id().toString())
                .put("name", integration.name())
                .put("description", integration.description())
                .put("channelType", integration.channelType().wireName())
                .put("endpointUrl", integration.endpointUrl().source())
                .put("ordinal", integration.ordinal())
                .put("direction", integration.direction().wireName());
        ArrayNode events = node.putArray("events");
        integration.events().stream().sorted().map(EventName::displayName).forEach(events::add);
        ObjectNode scope = node.putObject("scope")
                .put("directConversations", integration.scope().directConversations());
        integration.scope().queues().forEach(scope.putArray("queues")::add);
        node.put("enabled", integration.enabled());
        writeSecrets(node, integration.secrets());
        integration.vendor().ifPresent(vendor -> {
            node.put("vendor", vendor.name());
            node.set("vendorSettings", JsonValues.toNode(vendor.settings()));
        });
        node.set("configuration", JsonValues.toNode(integration.configuration().source()));
        return node;
    }

    ObjectNode writeAll(List<Integration> integrations) {
        ObjectNode node = NODES.objectNode();
        ArrayNode items = node.putArray("integrations");
        integrations.forEach(integration -> items.add(write(integration)));
        return node;
    }

    private static void writeSecrets(ObjectNode node, Secrets secrets) {
        secrets.credentials()
                .ifPresentOrElse(
                        credentials -> node.putObject("credentials")
                                .put("username", credentials.username())
                                .put("passwordSet", true),
                        () -> node.putNull("credentials"));
        ArrayNode names = node.putArray("authentications");
        secrets.authenticationNames().forEach(names::add);
        node.put("oauthClientSecretSet", secrets.oauthClientSecret().isPresent());
    }
}
