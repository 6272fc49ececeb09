package io.cadbridge.domain.history;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One day of a key's counts: how many conversations keep each value (values with none are left out). */
public record DayCounts(LocalDate day, Map<String, Long> counts) {

    public DayCounts {
        requireNonNull(day, "day is null");
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(counts, "counts is null")));
    }
}
