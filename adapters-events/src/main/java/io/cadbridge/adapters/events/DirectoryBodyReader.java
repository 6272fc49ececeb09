package io.cadbridge.adapters.events;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.cadbridge.domain.validation.JsonPointer;
import io.cadbridge.domain.validation.ValidationException;
import io.cadbridge.domain.validation.ValidationProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Strict reader of a bulk directory body, {@code {"queues": [...]}} or {@code {"agents": [...]}}: at
 * most {@link #MAX_ENTRIES} entries, no id twice, every problem of every entry in one answer.
 */
final class DirectoryBodyReader<T> {

    /** A request is one transaction; bigger directories are sent in several requests. */
    static final int MAX_ENTRIES = 10_000;

    /** Reads one entry, reporting its problems into {@code entry}; empty when it has any. */
    interface EntryReader<T> {
        Optional<T> read(JsonFields entry);
    }

    private final String member;
    private final EntryReader<T> entryReader;
    private final Function<String, Optional<String>> idKey;

    /** @param idKey the form in which two ids are the same entry; empty for an id that is invalid anyway */
    DirectoryBodyReader(String member, EntryReader<T> entryReader, Function<String, Optional<String>> idKey) {
        this.member = requireNonNull(member, "member is null");
        this.entryReader = requireNonNull(entryReader, "entryReader is null");
        this.idKey = requireNonNull(idKey, "idKey is null");
    }

    List<T> read(JsonNode body) {
        List<ValidationProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(body, "", problems).orElseThrow(() -> new ValidationException(problems));
        fields.rejectUnknown(Set.of(member));
        List<JsonNode> items = fields.requiredArray(member).orElse(List.of());
        if (items.size() > MAX_ENTRIES) {
            fields.problem(
                    fields.pointerTo(member),
                    "at most " + MAX_ENTRIES + " " + member + " per request, not " + items.size()
                            + "; send them in several requests");
            throw new ValidationException(problems);
        }
        List<T> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            fields.nested(items.get(i), JsonPointer.child(fields.pointerTo(member), i))
                    .flatMap(entryReader::read)
                    .ifPresent(entries::add);
        }
        rejectDuplicateIds(fields, items);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return entries;
    }

    /** Two entries for one id in one request are a mistake: which of them was meant is anybody's guess. */
    private void rejectDuplicateIds(JsonFields fields, List<JsonNode> items) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode id = items.get(i).path("id");
            Optional<String> key = id.isTextual() ? idKey.apply(id.textValue()) : Optional.empty();
            if (key.isPresent()) {
                Integer first = firstIndex.putIfAbsent(key.get(), i);
                if (first != null) {
                    String entries = fields.pointerTo(member);
                    fields.problem(
                            JsonPointer.child(JsonPointer.child(entries, i), "id"),
                            "duplicate id: " + JsonPointer.child(JsonPointer.child(entries, first), "id")
                                    + " names the same entry");
                }
            }
        }
    }
}
