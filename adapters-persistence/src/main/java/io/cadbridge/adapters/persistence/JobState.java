package io.cadbridge.adapters.persistence;

import java.util.Locale;

/** The {@code job.state} column: a job is pending until its last step is committed. */
enum JobState {
    PENDING,
    DONE;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
