package io.cadbridge.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.application.port.out.HistoryStore;
import io.cadbridge.application.port.out.QueuedWork.Acceptance;
import io.cadbridge.application.port.out.QueuedWork.NewJob;
import io.cadbridge.application.port.out.QueuedWork.NextStep;
import io.cadbridge.application.port.out.QueuedWork.StepCommit;
import io.cadbridge.application.port.out.WorkQueue;
import io.cadbridge.domain.conversation.Contact;
import io.cadbridge.domain.conversation.ConversationEvent;
import io.cadbridge.domain.conversation.ConversationId;
import io.cadbridge.domain.conversation.EventId;
import io.cadbridge.domain.conversation.HistoryMode;
import io.cadbridge.domain.conversation.QueueRef;
import io.cadbridge.domain.conversation.StatisticsEntry;
import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.history.ContactLogRow;
import io.cadbridge.domain.history.ConversationSummary;
import io.cadbridge.domain.history.DailyCountsQuery;
import io.cadbridge.domain.history.DayCounts;
import io.cadbridge.domain.history.HistoryEntry;
import io.cadbridge.domain.history.HistoryPage;
import io.cadbridge.domain.history.HistorySearch;
import io.cadbridge.domain.history.ValueMatch;
import io.cadbridge.domain.integration.ChannelType;
import io.cadbridge.domain.integration.EventName;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.run.Run;
import io.cadbridge.domain.run.RunStatus;
import io.cadbridge.domain.run.StepOutcome;
import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HistoryStore} finds; run against the in-memory fake and the PostgreSQL adapter.
 * Everything gets there as in production: events accepted and steps committed through the
 * {@link WorkQueue} over the same store.
 */
public abstract class HistoryStoreContract {

    private static final Instant NINE = Instant.parse("2026-12-01T09:00:00Z");
    private static final IntegrationId CRM = IntegrationId.random();
    private static final Map<String, HistoryMode> KEPT =
            Map.of("customerId", HistoryMode.LAST, "tier", HistoryMode.LAST, "ticket", HistoryMode.ALL);

    private HistoryStore history;
    private WorkQueue queue;
    private int events;

    /** @return a history store over empty stores */
    protected abstract HistoryStore emptyHistory();

    /** @return the work queue writing what the store last returned by {@link #emptyHistory()} reads */
    protected abstract WorkQueue queueWritingTheHistory();

    @BeforeEach
    void createStores() {
        history = emptyHistory();
        queue = queueWritingTheHistory();
    }

    @Test
    void conversationsThatKeptTheValueAreFoundNewestFirstWithTheirRecordAndExtraData() {
        conversation("c-1", ChannelType.PHONE, "support", NINE, obj("customerId", "C-7", "tier", "gold"));
        conversation("c-2", ChannelType.CHAT, "sales", NINE.plusSeconds(60), obj("customerId", "C-7"));
        conversation("c-3", ChannelType.PHONE, "support", NINE.plusSeconds(120), obj("customerId", "C-8"));
        conversation("c-4", ChannelType.PHONE, "support", NINE.plusSeconds(180), obj("other", "C-7"));

        HistoryPage page = history.search(search("customerId", new ValueMatch.Exact("C-7")));

        assertThat(page.conversations())
                .extracting(entry -> entry.conversation().conversationId().value())
                .containsExactly("c-2", "c-1");
        HistoryEntry first = page.conversations().get(1);
        ConversationSummary record = first.conversation();
        assertThat(record.channelType()).contains("phone");
        assertThat(record.direction()).contains("inbound");
        assertThat(record.queue()).contains("support");
        assertThat(record.startedAt()).isEqualTo(NINE);
        assertThat(first.extraData()).isEqualTo(obj("customerId", "C-7", "tier", "gold"));
        assertThat(page.next()).isEmpty();
    }

    @Test
    void aPrefixMatchesTheBeginningOnlyAndItsWildcardCharactersMatchThemselves() {
        conversation("c-1", ChannelType.PHONE, "support", NINE, obj("customerId", "C-100"));
        conversation("c-2", ChannelType.PHONE, "support", NINE.plusSeconds(1), obj("customerId", "C-1%"));
        conversation("c-3", ChannelType.PHONE, "support", NINE.plusSeconds(2), obj("customerId", "XC-1"));

        assertThat(ids(history.search(search("customerId", new ValueMatch.Prefix("C-1")))))
                .containsExactly("c-2", "c-1");
        assertThat(ids(history.search(search("customerId", new ValueMatch.Prefix("C-1%")))))
                .containsExactly("c-2");
        assertThat(ids(history.search(search("customerId", new ValueMatch.Prefix("C_")))))
                .isEmpty();
    }

    @Test
    void timeChannelAndQueueNarrowTheSearch() {
        conversation("c-1", ChannelType.PHONE, "support", NINE, obj("tier", "gold"));
        conversation("c-2", ChannelType.CHAT, "support", NINE.plusSeconds(60), obj("tier", "gold"));
        conversation("c-3", ChannelType.PHONE, "sales", NINE.plusSeconds(120), obj("tier", "gold"));
        HistorySearch all = search("tier", new ValueMatch.Exact("gold"));

        assertThat(ids(history.search(with(
                        all,
                        Optional.of(NINE.plusSeconds(60)),
                        Optional.of(NINE.plusSeconds(120)),
                        Optional.empty(),
                        Optional.empty()))))
                .containsExactly("c-2");
        assertThat(ids(history.search(with(
                        all, Optional.empty(), Optional.empty(), Optional.of(ChannelType.PHONE), Optional.empty()))))
                .containsExactly("c-3", "c-1");
        assertThat(ids(history.search(
                        with(all, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("support")))))
                .containsExactly("c-2", "c-1");
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrOverlapAlsoAtTheSameStartTime() {
        conversation("c-1", ChannelType.PHONE, "support", NINE, obj("tier", "gold"));
        conversation("c-2", ChannelType.PHONE, "support", NINE, obj("tier", "gold"));
        conversation("c-3", ChannelType.PHONE, "support", NINE, obj("tier", "gold"));
        conversation("c-4", ChannelType.PHONE, "support", NINE.minusSeconds(1), obj("tier", "gold"));
        HistorySearch firstPage = new HistorySearch(
                "tier",
                new ValueMatch.Exact("gold"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                2,
                Optional.empty());

        List<String> seen = new ArrayList<>();
        HistoryPage page = history.search(firstPage);
        seen.addAll(ids(page));
        while (page.next().isPresent()) {
            page = history.search(new HistorySearch(
                    "tier",
                    new ValueMatch.Exact("gold"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    2,
                    page.next()));
            seen.addAll(ids(page));
        }

        assertThat(seen).containsExactly("c-3", "c-2", "c-1", "c-4");
    }

    @Test
    void aConversationsDetailHasItsValuesEventsAndRuns() {
        conversation("c-1", ChannelType.PHONE, "support", NINE, obj("ticket", "T-1"));
        step("c-1", ChannelType.PHONE, "support", EventName.ENDED, NINE.plusSeconds(300), obj("ticket", "T-2"));

        var detail = history.find(new ConversationId("c-1")).orElseThrow();

        assertThat(detail.entry().values())
                .extracting(value -> value.value(), value -> value.eventId().value())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(JsonValue.of("T-1"), "e-1"),
                        org.assertj.core.groups.Tuple.tuple(JsonValue.of("T-2"), "e-2"));
        assertThat(detail.entry().conversation().endedAt()).contains(NINE.plusSeconds(300));
        assertThat(detail.events())
                .extracting(event -> event.id().value(), event -> event.name())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("e-1", EventName.RECEIVED),
                        org.assertj.core.groups.Tuple.tuple("e-2", EventName.ENDED));
        assertThat(detail.runs())
                .extracting(Run::eventId)
                .extracting(EventId::value)
                .containsExactly("e-1", "e-2");
        assertThat(history.find(new ConversationId("c-unknown"))).isEmpty();
    }

    @Test
    void theContactLogHasEveryConversationInStartOrderWithTheLatestValueOfEachKey() {
        conversation("c-2", ChannelType.PHONE, "support", NINE.plusSeconds(60), obj("tier", "silver"));
        conversation("c-1", ChannelType.PHONE, "support", NINE, obj("customerId", "C-7", "ticket", "T-1"));
        step("c-1", ChannelType.PHONE, "support", EventName.ENDED, NINE.plusSeconds(30), obj("ticket", "T-2"));
        conversation("c-3", ChannelType.CHAT, "support", NINE.plusSeconds(120), obj("tier", "gold"));
        conversation("c-4", ChannelType.PHONE, "support", NINE.plusSeconds(3600), obj("tier", "gold"));

        List<ContactLogRow> rows = new ArrayList<>();
        history.contactLog(
                new ContactLogQuery(
                        Optional.of(NINE), Optional.of(NINE.plusSeconds(3600)), Optional.of(ChannelType.PHONE)),
                rows::add);

        assertThat(rows)
                .extracting(row -> row.conversation().conversationId().value())
                .containsExactly("c-1", "c-2");
        assertThat(rows.getFirst().extraData())
                .containsOnly(Map.entry("customerId", JsonValue.of("C-7")), Map.entry("ticket", JsonValue.of("T-2")));
        assertThat(rows.getFirst().conversation().endedAt()).contains(NINE.plusSeconds(30));
    }

    @Test
    void dailyCountsSayHowManyConversationsKeepEachValueAndFollowALastKeyThatChanges() {
        conversation("c-1", ChannelType.PHONE, "support", NINE, obj("tier", "gold", "ticket", "T-1"));
        conversation("c-2", ChannelType.PHONE, "support", NINE, obj("tier", "gold"));
        conversation("c-3", ChannelType.CHAT, "support", NINE, obj("tier", "silver"));
        step("c-2", ChannelType.PHONE, "support", EventName.TRANSFERRED, NINE.plusSeconds(60), obj("tier", "silver"));
        step(
                "c-1",
                ChannelType.PHONE,
                "support",
                EventName.TRANSFERRED,
                NINE.plusSeconds(60),
                obj("tier", "gold", "ticket", "T-2"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertThat(totals(history.dailyCounts(
                        new DailyCountsQuery("tier", today.minusDays(1), today.plusDays(1), Optional.empty()))))
                .containsOnly(Map.entry("gold", 1L), Map.entry("silver", 2L));
        assertThat(totals(history.dailyCounts(new DailyCountsQuery(
                        "tier", today.minusDays(1), today.plusDays(1), Optional.of(ChannelType.PHONE)))))
                .containsOnly(Map.entry("gold", 1L), Map.entry("silver", 1L));
        assertThat(totals(history.dailyCounts(
                        new DailyCountsQuery("ticket", today.minusDays(1), today.plusDays(1), Optional.empty()))))
                .containsOnly(Map.entry("T-1", 1L), Map.entry("T-2", 1L));
        assertThat(history.dailyCounts(
                        new DailyCountsQuery("tier", today.plusDays(2), today.plusDays(3), Optional.empty())))
                .isEmpty();
    }

    @Test
    void valuesGivenAfterwardsAreKeptLikeSavedOnesWithWhoGaveThem() {
        conversation("c-1", ChannelType.PHONE, "support", NINE, obj("customerId", "C-7"));
        Instant later = NINE.plusSeconds(600);

        boolean updated = history.update(
                new ConversationId("c-1"),
                List.of(new StatisticsEntry(
                        new ConversationId("c-1"),
                        "customerId",
                        JsonValue.of("C-9"),
                        new EventId("contact-data:api"),
                        later,
                        HistoryMode.LAST)));

        assertThat(updated).isTrue();
        assertThat(ids(history.search(search("customerId", new ValueMatch.Exact("C-9")))))
                .containsExactly("c-1");
        assertThat(ids(history.search(search("customerId", new ValueMatch.Exact("C-7")))))
                .isEmpty();
        assertThat(history.find(new ConversationId("c-1")).orElseThrow().entry().values())
                .extracting(value -> value.eventId().value())
                .containsExactly("contact-data:api");
        assertThat(history.update(new ConversationId("c-unknown"), List.of())).isFalse();
        assertThat(contactLog())
                .singleElement()
                .satisfies(
                        row -> assertThat(row.extraData()).containsOnly(Map.entry("customerId", JsonValue.of("C-9"))));
    }

    @Test
    void theContactLogKeepsAFirstKeysFirstValueAndAnAllKeysLatest() {
        conversation("c-1", ChannelType.PHONE, "support", NINE, obj("customerId", "C-7", "ticket", "T-1"));
        step("c-1", ChannelType.PHONE, "support", EventName.ENDED, NINE.plusSeconds(30), obj("ticket", "T-2"));
        Instant later = NINE.plusSeconds(600);

        history.update(
                new ConversationId("c-1"),
                List.of(
                        new StatisticsEntry(
                                new ConversationId("c-1"),
                                "customerId",
                                JsonValue.of("C-9"),
                                new EventId("contact-data:api"),
                                later,
                                HistoryMode.FIRST),
                        new StatisticsEntry(
                                new ConversationId("c-1"),
                                "tier",
                                JsonValue.of("gold"),
                                new EventId("contact-data:api"),
                                later,
                                HistoryMode.FIRST)));

        assertThat(contactLog())
                .singleElement()
                .satisfies(row -> assertThat(row.extraData())
                        .containsOnly(
                                Map.entry("customerId", JsonValue.of("C-7")),
                                Map.entry("ticket", JsonValue.of("T-2")),
                                Map.entry("tier", JsonValue.of("gold"))));
    }

    private List<ContactLogRow> contactLog() {
        List<ContactLogRow> rows = new ArrayList<>();
        history.contactLog(new ContactLogQuery(Optional.empty(), Optional.empty(), Optional.empty()), rows::add);
        return rows;
    }

    /** Each value's count over the days (the day is when the test ran: around midnight UTC it may be two). */
    private static Map<String, Long> totals(List<DayCounts> days) {
        Map<String, Long> totals = new TreeMap<>();
        days.forEach(day -> day.counts().forEach((value, count) -> totals.merge(value, count, Long::sum)));
        totals.values().removeIf(count -> count == 0);
        return totals;
    }

    private void conversation(String id, ChannelType channel, String queueId, Instant at, JsonObject saved) {
        step(id, channel, queueId, EventName.RECEIVED, at, saved);
    }

    /** One event of the conversation whose one integration saves {@code saved}, committed as the worker does. */
    private void step(String id, ChannelType channel, String queueId, EventName name, Instant at, JsonObject saved) {
        Contact sample = ConversationSamples.contact(id);
        Contact contact = new Contact(
                sample.id(),
                sample.guid(),
                channel.wireName(),
                sample.channelSubType(),
                sample.direction(),
                sample.created(),
                sample.language(),
                sample.priority(),
                sample.skills(),
                Optional.of(new QueueRef(queueId, null)),
                sample.forwardingQueue(),
                sample.agent(),
                sample.preferredAgent(),
                sample.requiredAgents(),
                sample.transferringAgent(),
                sample.source(),
                sample.destination());
        ConversationEvent event = new ConversationEvent(new EventId("e-" + ++events), name, at, contact);
        NewJob job = new NewJob(event, List.of(CRM), at, Optional.of("writer"));
        Acceptance.Accepted accepted = (Acceptance.Accepted) queue.accept(job);
        Run run =
                Run.of(CRM, "CRM", event, RunStatus.SUCCEEDED, "saved", OptionalInt.of(200), Duration.ofMillis(5), at);
        queue.commit(new StepCommit(
                accepted.jobId(),
                0,
                "writer",
                new StepOutcome(run, saved, job.claimed(accepted).version(), KEPT),
                new NextStep.None()));
    }

    private static HistorySearch search(String key, ValueMatch match) {
        return new HistorySearch(
                key,
                match,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                50,
                Optional.empty());
    }

    private static HistorySearch with(
            HistorySearch search,
            Optional<Instant> from,
            Optional<Instant> to,
            Optional<ChannelType> channel,
            Optional<String> queueId) {
        return new HistorySearch(
                search.key(), search.match(), from, to, channel, queueId, search.limit(), search.after());
    }

    private static List<String> ids(HistoryPage page) {
        return page.conversations().stream()
                .map(entry -> entry.conversation().conversationId().value())
                .toList();
    }

    private static JsonObject obj(String... members) {
        JsonObject.Builder builder = JsonObject.builder();
        for (int i = 0; i < members.length; i += 2) {
            builder.put(members[i], JsonValue.of(members[i + 1]));
        }
        return builder.build();
    }
}
