package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.Directory;
import io.cadbridge.domain.directory.QueueIds;
import io.cadbridge.domain.integration.AuthenticationSetting;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.SetDefinition;
import io.cadbridge.domain.template.Template;
import io.cadbridge.domain.template.TemplateValue;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Checks that need more than the definition itself: the operator's policy and the directory. */
final class SaveChecks {

    private static final String SET_QUEUE = "/configuration/response/set/queue";

    private final IntegrationPolicy policy;
    private final Directory directory;

    SaveChecks(IntegrationPolicy policy, Directory directory) {
        this.policy = requireNonNull(policy, "policy is null");
        this.directory = requireNonNull(directory, "directory is null");
    }

    List<ValidationProblem> check(Integration integration) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (!policy.allowPlainHttp()) {
            if (integration.endpointUrl().isPlainHttp()) {
                problems.add(new ValidationProblem(
                        "/endpointUrl", "plain http:// is refused: use https:// (the operator can allow plain http)"));
            }
            if (integration.configuration().request().authentication() instanceof AuthenticationSetting.OAuth oauth
                    && oauth.accessTokenUrl().toLowerCase(Locale.ROOT).startsWith("http://")) {
                problems.add(new ValidationProblem(
                        "/configuration/request/authentication/access_token_url",
                        "plain http:// is refused: use https:// (the operator can allow plain http)"));
            }
        }
        integration
                .configuration()
                .response()
                .set()
                .flatMap(SetDefinition::queue)
                .ifPresent(queue -> checkStaticQueue(queue, integration.channelType(), problems));
        return problems;
    }

    /** A queue written as a fixed value (no placeholder) must exist when the integration is saved. */
    private void checkStaticQueue(
            SetDefinition.QueueTarget target, ChannelType channelType, List<ValidationProblem> problems) {
        Optional<String> fixed = fixedText(target.value());
        if (fixed.isEmpty()) {
            return;
        }
        boolean byId = target instanceof SetDefinition.QueueTarget.ById;
        String pointer = SET_QUEUE + (byId ? "/id" : "/address");
        if (byId && QueueIds.canonical(fixed.get()).isEmpty()) {
            problems.add(new ValidationProblem(
                    pointer, "\"" + fixed.get() + "\" is not a queue id (a UUID, hyphens optional)"));
            return;
        }
        boolean exists = channels(channelType).stream()
                .anyMatch(channel -> byId
                        ? directory
                                .queueById(QueueIds.canonical(fixed.get()).orElseThrow(), channel)
                                .isPresent()
                        : directory.queueByAddress(fixed.get(), channel).isPresent());
        if (!exists) {
            problems.add(new ValidationProblem(
                    pointer,
                    "no " + channelType.wireName() + " queue with " + (byId ? "id" : "address") + " \"" + fixed.get()
                            + "\" in the directory (PUT /v1/directory/queues)"));
        }
    }

    /** The text of a value without placeholders; empty when it has any (its value is only known when the integration runs). */
    private static Optional<String> fixedText(TemplateValue value) {
        if (!(value instanceof TemplateValue.Text text)) {
            return Optional.empty();
        }
        StringBuilder fixed = new StringBuilder();
        for (Template.Part part : text.template().parts()) {
            switch (part) {
                case Template.Literal literal -> fixed.append(literal.text());
                case Template.Hole hole -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(fixed.toString());
    }

    private static List<ChannelType> channels(ChannelType channelType) {
        return channelType == ChannelType.MULTI_CHANNEL
                ? List.of(ChannelType.PHONE, ChannelType.CHAT, ChannelType.EMAIL)
                : List.of(channelType);
    }
}
