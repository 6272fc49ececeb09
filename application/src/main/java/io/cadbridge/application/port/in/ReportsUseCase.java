package io.cadbridge.application.port.in;

import io.cadbridge.domain.history.ContactLogQuery;
import io.cadbridge.domain.history.ContactLogRow;
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
}
