package io.cadbridge.testkit;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The access tokens a fake issued, and which of them it still accepts. */
final class FakeTokens {

    private final Set<String> valid = new HashSet<>();
    private boolean refuseAll;

    synchronized String issue() {
        String token = "fake-access-token-" + UUID.randomUUID();
        if (!refuseAll) {
            valid.add(token);
        }
        return token;
    }

    synchronized boolean isValid(String token) {
        return !refuseAll && valid.contains(token);
    }

    synchronized void expireAll() {
        valid.clear();
    }

    synchronized void refuseAll() {
        refuseAll = true;
        valid.clear();
    }

    /** Ends {@link #refuseAll()}; the tokens still valid stay valid, as a vendor's tokens outlive a test case. */
    synchronized void reset() {
        refuseAll = false;
    }
}
