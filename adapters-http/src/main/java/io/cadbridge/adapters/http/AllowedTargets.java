package io.cadbridge.adapters.http;

import static java.util.Objects.requireNonNull;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the SSRF guard lets cadbridge call although it is not a public address
 * ({@code CADBRIDGE_ALLOWED_TARGETS}): IP addresses and CIDR ranges ({@code 10.20.0.0/16},
 * {@code fd00::/8}), and host names ({@code crm.internal}), whatever they resolve to.
 */
public final class AllowedTargets {

    private static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.?");

    /** Nothing beyond public addresses: the default. */
    public static final AllowedTargets NONE = new AllowedTargets(List.of(), Set.of());

    /** This machine: what {@code --demo} allows for its sample CRM, and what tests allow for theirs. */
    public static final AllowedTargets LOOPBACK = parse("127.0.0.0/8, ::1");

    private final List<AddressRange> ranges;
    private final Set<String> hosts;

    private AllowedTargets(List<AddressRange> ranges, Set<String> hosts) {
        this.ranges = List.copyOf(ranges);
        this.hosts = Set.copyOf(hosts);
    }

    /**
     * A comma-separated list of addresses, CIDR ranges and host names; an
     * {@link IllegalArgumentException} names the entry that is none of them.
     */
    public static AllowedTargets parse(String text) {
        List<AddressRange> ranges = new ArrayList<>();
        Set<String> hosts = new TreeSet<>();
        for (String entry : requireNonNull(text, "text is null").split(",")) {
            String target = entry.strip();
            if (target.isEmpty()) {
                continue;
            }
            if (target.contains("/")
                    || target.contains(":")
                    || target.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
                ranges.add(AddressRange.parse(target));
            } else if (HOST_NAME.matcher(target).matches()) {
                hosts.add(normalized(target));
            } else {
                throw new IllegalArgumentException(
                        "\"" + target + "\" is neither an IP address, a CIDR range (10.20.0.0/16) nor a host name");
            }
        }
        return new AllowedTargets(ranges, hosts);
    }

    /** Both lists together. */
    public AllowedTargets and(AllowedTargets other) {
        List<AddressRange> allRanges = new ArrayList<>(ranges);
        allRanges.addAll(other.ranges);
        Set<String> allHosts = new TreeSet<>(hosts);
        allHosts.addAll(other.hosts);
        return new AllowedTargets(allRanges, allHosts);
    }

    /**
     * Whether a connection to {@code address} is allowed although its address is blocked: its address is
     * in a range, or it was resolved from an allowed host name (the name an address was looked up by
     * stays with it; a literal address has none).
     */
    boolean allows(InetSocketAddress address) {
        if (address.getAddress() != null && ranges.stream().anyMatch(range -> range.contains(address.getAddress()))) {
            return true;
        }
        return hosts.contains(normalized(address.getHostString()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AllowedTargets targets && ranges.equals(targets.ranges) && hosts.equals(targets.hosts);
    }

    @Override
    public int hashCode() {
        return 31 * ranges.hashCode() + hosts.hashCode();
    }

    /** As {@code CADBRIDGE_ALLOWED_TARGETS} would say it. */
    @Override
    public String toString() {
        List<String> all = new ArrayList<>();
        ranges.forEach(range -> all.add(range.toString()));
        all.addAll(new TreeSet<>(hosts));
        return String.join(", ", all);
    }

    private static String normalized(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
