package io.cadbridge.application.administration;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.in.CheckReadinessUseCase;
import io.cadbridge.application.port.out.StorageHealth;
import java.time.Duration;
import java.util.Optional;

/**
 * Ready when the database answers within a second and a half: a probe gets its answer within two
 * seconds of the database going away, and again as soon as it is back. Nothing is cached.
 */
public final class ReadinessService implements CheckReadinessUseCase {

    static final Duration DATABASE_ANSWER = Duration.ofMillis(1_500);

    private final StorageHealth storage;

    public ReadinessService(StorageHealth storage) {
        this.storage = requireNonNull(storage, "storage is null");
    }

    @Override
    public Optional<String> notReadyBecause() {
        return storage.answersWithin(DATABASE_ANSWER)
                ? Optional.empty()
                : Optional.of("the database did not answer within " + DATABASE_ANSWER.toMillis()
                        + " ms; events would be refused with 503 until it does");
    }
}
