package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.domain.conversation.ExtraDataSettings;

final class ExtraDataSettingsWriter {

    ObjectNode write(ExtraDataSettings settings) {
        ObjectNode node = JsonNodeFactory.instance
                .objectNode()
                .put("channelType", settings.channel().wireName());
        settings.includedWhenAllocating().forEach(node.putArray("includedWhenAllocating")::add);
        settings.includedInStatistics().forEach(node.putArray("includedInStatistics")::add);
        return node;
    }
}
