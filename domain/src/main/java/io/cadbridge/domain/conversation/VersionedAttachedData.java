package io.cadbridge.domain.conversation;

import static java.util.Objects.requireNonNull;

import io.cadbridge.json.JsonObject;
import io.cadbridge.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A conversation's attached data with the {@link CadVersion} that wrote each key. */
public record VersionedAttachedData(AttachedData data, Map<String, CadVersion> versions) {

    public static final VersionedAttachedData EMPTY = new VersionedAttachedData(AttachedData.EMPTY, Map.of());

    public VersionedAttachedData {
        requireNonNull(data, "data is null");
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(versions, "versions is null")));
    }

    /** What a merge did: the data afterwards and the keys it wrote, or why it wrote nothing. */
    public sealed interface Merge {
        record Applied(VersionedAttachedData after, Set<String> writtenKeys) implements Merge {
            public Applied {
                requireNonNull(after, "after is null");
                writtenKeys = Collections.unmodifiableSet(new LinkedHashSet<>(writtenKeys));
            }
        }

        record Refused(String reason) implements Merge {
            public Refused {
                requireNonNull(reason, "reason is null");
            }
        }
    }

    /**
     * Merges {@code saved}, written by the run {@code version}: a key written by a newer version keeps
     * its value; every other key of {@code saved} is written (an existing key keeps its place, new keys
     * follow in saved order). Nothing is written when a limit would be broken.
     */
    public Merge merge(JsonObject saved, CadVersion version, CadLimits limits) {
        Optional<String> savedProblem = limits.checkSaved(saved);
        if (savedProblem.isPresent()) {
            return new Merge.Refused(savedProblem.get());
        }
        Map<String, JsonValue> values = new LinkedHashMap<>(data.values().members());
        Map<String, CadVersion> newVersions = new LinkedHashMap<>(versions);
        Set<String> written = new LinkedHashSet<>();
        saved.members().forEach((key, value) -> {
            CadVersion current = versions.get(key);
            if (current == null || !current.isNewerThan(version)) {
                values.put(key, value);
                newVersions.put(key, version);
                written.add(key);
            }
        });
        AttachedData merged = new AttachedData(new JsonObject(values));
        Optional<String> totalProblem = limits.checkTotal(merged);
        if (totalProblem.isPresent()) {
            return new Merge.Refused(totalProblem.get());
        }
        return new Merge.Applied(new VersionedAttachedData(merged, newVersions), written);
    }

    /** Only the {@code kept} keys (in their places), with their versions: what a closed conversation keeps after its grace period. */
    public VersionedAttachedData retain(Set<String> kept) {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        data.values().members().forEach((key, value) -> {
            if (kept.contains(key)) {
                values.put(key, value);
            }
        });
        Map<String, CadVersion> keptVersions = new LinkedHashMap<>();
        versions.forEach((key, version) -> {
            if (kept.contains(key)) {
                keptVersions.put(key, version);
            }
        });
        return new VersionedAttachedData(new AttachedData(new JsonObject(values)), keptVersions);
    }
}
