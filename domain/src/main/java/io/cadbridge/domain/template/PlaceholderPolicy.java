package io.cadbridge.domain.template;

import java.util.Optional;

/** Decides, when a configuration is saved, whether a placeholder may be used where it stands. */
@FunctionalInterface
public interface PlaceholderPolicy {

    /** Empty when allowed, otherwise the reason it is not. */
    Optional<String> check(PlaceholderPath path);
}
