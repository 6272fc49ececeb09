package io.cadbridge.bootstrap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** The name this process leases jobs under. */
final class LeaseOwners {

    private LeaseOwners() {}

    /** pid@host for operators, plus a random part: a restarted process is a new owner. */
    static String thisProcess() {
        return ProcessHandle.current().pid() + "@" + hostName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
