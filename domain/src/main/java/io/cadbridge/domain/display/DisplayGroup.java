package io.cadbridge.domain.display;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** Rows under one heading: a nested object's members under its label, or the top-level values (no heading). */
public record DisplayGroup(Optional<String> label, List<DisplayRow> rows) {

    public DisplayGroup {
        requireNonNull(label, "label is null");
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }
}
