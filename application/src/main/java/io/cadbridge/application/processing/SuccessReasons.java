package io.cadbridge.application.processing;

import io.cadbridge.domain.routing.SetResult;
import io.cadbridge.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** The one-line reason of a successful run: what was saved, what was set, what was skipped and why. */
final class SuccessReasons {

    private SuccessReasons() {}

    static String succeeded(JsonObject saved, List<SetResult> set) {
        List<String> parts = new ArrayList<>();
        parts.add("saved " + saved.members().size() + " attached-data key(s)");
        for (SetResult result : set) {
            switch (result) {
                case SetResult.Applied applied ->
                    parts.add("set " + applied.operation().wireName());
                case SetResult.Rejected rejected ->
                    parts.add("skipped set " + rejected.operation().wireName() + ": " + rejected.reason());
            }
        }
        return String.join("; ", parts);
    }
}
