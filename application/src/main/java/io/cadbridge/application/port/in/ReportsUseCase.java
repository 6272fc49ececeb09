package io.cadbridge.application.port.in;

import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.history.ContactLogRow;
import io.cadbridge.domain.history.DailyCountsQuery;
import io.cadbridge.domain.history.DayCounts;
import java.util.List;

/** Reports over what was kept for statistics: Contact Pro's Contact Log. */
public interface ReportsUseCase {

    /** Receives the Contact Log: first its extra-data columns, then each row as it is read. */
    interface ContactLogSink {
        void columns(List<String> keys);

        void row(ContactLogRow row);
    }

    /**
     * Streams the Contact Log to {@code sink}: the extra-data columns are the keys the channel
     * includes in statistics (every channel's, without a channel), in their settings order.
     */
    void contactLog(ContactLogQuery query, ContactLogSink sink);

    /** How many conversations keep each value of a statistics key, by day. */
    DailyCountsOutcome dailyCounts(DailyCountsQuery query);

    sealed interface DailyCountsOutcome {
        record Counted(List<DayCounts> days) implements DailyCountsOutcome {
            public Counted {
                days = List.copyOf(days);
            }
        }

        /** No channel keeps the key for statistics, so nothing is counted for it. */
        record UnknownKey(String key, List<String> keptKeys) implements DailyCountsOutcome {
            public UnknownKey {
                keptKeys = List.copyOf(keptKeys);
            }
        }
    }
}
