package io.cadbridge.adapters.events;

import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.IntegrationId;
import io.javalin.http.Context;

/**
 * Identifiers in paths. An identifier that cannot exist (not a UUID, too long) names no resource, so
 * it is answered like an unknown one: 404. A channel type is not an identifier but a choice from a
 * fixed list, so a wrong one is a 400 naming the parameter.
 */
final class PathParameters {

    private PathParameters() {}

    static IntegrationId integrationId(Context ctx) {
        String text = ctx.pathParam("id");
        return IntegrationId.parse(text).orElseThrow(() -> noIntegration(text));
    }

    static ApiException noIntegration(Object id) {
        return ApiException.notFound("no integration with id \"" + id + "\"");
    }

    static ConversationId conversationId(Context ctx) {
        return conversationId(ctx, "contactId");
    }

    /** The conversation named by path parameter {@code name}; one that cannot be a conversation id is unknown (404). */
    static ConversationId conversationId(Context ctx, String name) {
        String text = ctx.pathParam(name);
        if (text.isBlank() || text.length() > ConversationId.MAX_LENGTH) {
            throw noConversation(text);
        }
        return new ConversationId(text);
    }

    static ApiException noConversation(Object id) {
        return ApiException.notFound("no conversation with contact id \"" + id + "\"");
    }

    static ChannelType channel(Context ctx) {
        String text = ctx.pathParam("channelType");
        return ChannelType.fromWireName(text)
                .filter(channel -> channel != ChannelType.MULTI_CHANNEL)
                .orElseThrow(() -> new ApiException(
                        ApiError.INVALID_PATH_PARAMETER,
                        "path parameter \"channelType\" must be one of"
                                + " phone, chat, email (these settings belong to one channel), not \"" + text
                                + "\""));
    }
}
