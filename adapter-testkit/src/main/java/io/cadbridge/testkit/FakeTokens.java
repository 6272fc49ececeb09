package io.cadbridge.testkit;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The access tokens a fake issued, and which of them it still accepts. */
final class FakeTokens {

    private final Set<String> issued = new HashSet<>();
    private final Set<String> valid = new HashSet<>();
    private boolean refuseAll;

    synchronized String issue() {
        String token = "fake-access-token-" + UUID.randomUUID();
        issued.add(token);
        if (!refuseAll) {
            valid.add(token);
        }
        return token;
    }

    /** Every token issued: bearer tokens are secrets too, so the contract scans for them. */
    synchronized Set<String> issued() {
        return Set.copyOf(issued);
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
