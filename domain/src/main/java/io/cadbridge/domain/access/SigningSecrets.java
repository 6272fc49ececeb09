package io.cadbridge.domain.access;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The secrets an event sender signs with: the current one and, while the sender moves to it, the one
 * before. A signature made with either is accepted.
 */
public record SigningSecrets(SigningSecret current, Optional<SigningSecret> previous) {

    public SigningSecrets {
        requireNonNull(current, "current is null");
        requireNonNull(previous, "previous is null");
    }

    public static SigningSecrets only(SigningSecret secret) {
        return new SigningSecrets(secret, Optional.empty());
    }

    /** {@code next} becomes current; the current one stays accepted until {@link #withoutPrevious()}. */
    public SigningSecrets rotatedTo(SigningSecret next) {
        return new SigningSecrets(next, Optional.of(current));
    }

    public SigningSecrets withoutPrevious() {
        return only(current);
    }

    public List<SigningSecret> all() {
        return Stream.concat(Stream.of(current), previous.stream()).toList();
    }
}
