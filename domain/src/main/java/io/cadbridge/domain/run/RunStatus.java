package io.cadbridge.domain.run;

import java.util.Locale;

/** How one integration's run for one event ended. */
public enum RunStatus {
    SUCCEEDED,
    /** Not sent: its condition was false, or it could not run (e.g. the condition failed to evaluate). */
    SKIPPED,
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
