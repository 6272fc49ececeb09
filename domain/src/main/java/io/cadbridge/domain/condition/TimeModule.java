package io.cadbridge.domain.condition;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The {@code time} module: {@code time.time()} from the injected clock. */
final class TimeModule {

    static final PyModule MODULE = module();

    private TimeModule() {}

    private static PyModule module() {
        Map<String, Object> members = new HashMap<>();
        Builtins.function(members, Signature.of("time.time", 0), (self, arguments, evaluation) -> {
            Instant now = evaluation.clock().instant();
            return now.getEpochSecond() + now.getNano() / 1e9;
        });
        return new PyModule("time", members);
    }
}
