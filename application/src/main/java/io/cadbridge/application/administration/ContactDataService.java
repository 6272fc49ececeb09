package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.ContactDataUseCase;
import io.cadbridge.application.port.out.ExtraDataSettingsRepository;
import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.ExtraDataSettings;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.history.ConversationHistory;
import io.cadbridge.domain.history.ConversationSummary;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.validation.JsonPointer;
import io.cadbridge.domain.validation.ValidationProblem;
import io.cadbridge.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contact-data API: values given after the end replace a {@code first} or {@code last} key's
 * value and join an {@code all} key's values; they are recorded with the event id
 * {@code contact-data:<who>} and the time, and counted like any other.
 */
public final class ContactDataService implements ContactDataUseCase {

    private final HistoryStore history;
    private final ExtraDataSettingsRepository settings;
    private final Clock clock;

    public ContactDataService(HistoryStore history, ExtraDataSettingsRepository settings, Clock clock) {
        this.history = requireNonNull(history, "history is null");
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public Optional<JsonObject> contactData(ConversationId id) {
        return history.find(id).map(found -> found.entry().extraData());
    }

    @Override
    public UpdateOutcome update(ConversationId id, JsonObject values, String who) {
        Optional<ConversationHistory> found = history.find(id);
        if (found.isEmpty()) {
            return new UpdateOutcome.NotFound(id);
        }
        ConversationSummary conversation = found.get().entry().conversation();
        if (conversation.endedAt().isEmpty() && conversation.closedAt().isEmpty()) {
            return new UpdateOutcome.NotEnded(id);
        }
        Optional<ChannelType> channel = conversation.channelType().flatMap(ChannelType::fromWireName);
        Map<String, HistoryMode> kept = channel.map(type -> settings.find(type)
                        .orElseGet(() -> ExtraDataSettings.defaults(type))
                        .statisticsKeys())
                .orElse(Map.of());
        List<ValidationProblem> problems = new ArrayList<>();
        if (values.members().isEmpty()) {
            problems.add(new ValidationProblem("", "give at least one key and its value"));
        }
        values.members().keySet().stream()
                .filter(key -> !kept.containsKey(key))
                .forEach(key -> problems.add(new ValidationProblem(
                        JsonPointer.child("", key),
                        "is not included in statistics of the "
                                + channel.map(ChannelType::wireName).orElse("conversation's") + " channel; kept keys: "
                                + String.join(
                                        ", ", kept.keySet().stream().sorted().toList()))));
        if (!problems.isEmpty()) {
            return new UpdateOutcome.Invalid(problems);
        }
        Instant now = clock.instant();
        EventId source = new EventId("contact-data:" + who);
        List<StatisticsEntry> entries = values.members().entrySet().stream()
                .map(member -> new StatisticsEntry(
                        id,
                        member.getKey(),
                        member.getValue(),
                        source,
                        now,
                        kept.get(member.getKey()) == HistoryMode.ALL ? HistoryMode.ALL : HistoryMode.LAST))
                .toList();
        if (!history.update(id, entries)) {
            return new UpdateOutcome.NotFound(id);
        }
        return new UpdateOutcome.Updated(contactData(id).orElse(JsonObject.EMPTY));
    }
}
