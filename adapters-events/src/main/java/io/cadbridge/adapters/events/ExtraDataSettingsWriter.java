package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.integration.ChannelType;

/** A channel's settings; {@code historyModes} names the mode of every statistics key, defaults included. */
final class ExtraDataSettingsWriter {

    ObjectNode write(ExtraDataSettings settings) {
        ObjectNode node = JsonNodeFactory.instance
                .objectNode()
                .put("channelType", settings.channel().wireName());
        settings.includedWhenAllocating().forEach(node.putArray("includedWhenAllocating")::add);
        settings.includedInStatistics().forEach(node.putArray("includedInStatistics")::add);
        if (settings.channel() == ChannelType.PHONE) {
            settings.includedInOutboundCalls().forEach(node.putArray("includedInOutboundCalls")::add);
        }
        ObjectNode modes = node.putObject("historyModes");
        settings.statisticsKeys().forEach((key, mode) -> modes.put(key, mode.wireName()));
        return node;
    }
}
