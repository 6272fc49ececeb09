package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.domain.run.RunResult;
import java.util.List;

/** What the worker made of an event's job. */
sealed interface Admission {

    /** Accepted: {@code ranHere} are the runs of the steps the caller waited for, in order (none when it waited for none). */
    record Admitted(List<RunResult> ranHere) implements Admission {
        public Admitted {
            ranHere = List.copyOf(requireNonNull(ranHere, "ranHere is null"));
        }
    }

    /** The event id was accepted before: nothing was added, nothing ran. */
    record Duplicate() implements Admission {}
}
