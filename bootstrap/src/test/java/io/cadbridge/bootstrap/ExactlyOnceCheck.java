package io.cadbridge.bootstrap;

import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The exactly-once verdict over a {@link QueueLedger}: every event the client saw a 2xx for is
 * accepted, has one job that is done, ONE run of each integration, the CRM's value in its
 * conversation's attached data and at least one CRM call per integration. Each problem names the
 * event ids concerned.
 */
final class ExactlyOnceCheck {

    private static final int IDS_SHOWN = 25;

    private final QueueLedger ledger;
    private final Map<String, String> integrationIdsByName;
    private final List<String> problems = new ArrayList<>();

    private ExactlyOnceCheck(QueueLedger ledger, Map<String, String> integrationIdsByName) {
        this.ledger = ledger;
        this.integrationIdsByName = Map.copyOf(integrationIdsByName);
    }

    /**
     * @param integrationIdsByName every integration triggered by the stream's events: its CRM name
     *        (the attached-data key it saves) to its id
     */
    static List<String> problems(
            QueueLedger ledger, EventStream stream, Map<String, String> integrationIdsByName, CountingCrm crm) {
        return problems(ledger, stream.sent(), stream.accepted(), integrationIdsByName, crm);
    }

    /**
     * The same for any source of events: {@code sent} are all the ids sent, {@code delivered} the ones
     * the sender was told are taken (a 2xx, or a Kafka acknowledgement).
     */
    static List<String> problems(
            QueueLedger ledger,
            Set<String> sent,
            Set<String> delivered,
            Map<String, String> integrationIdsByName,
            CountingCrm crm) {
        ExactlyOnceCheck check = new ExactlyOnceCheck(ledger, integrationIdsByName);
        check.acceptance(sent, delivered);
        check.jobs();
        integrationIdsByName.forEach((name, id) -> check.runs(name, id, crm));
        return List.copyOf(check.problems);
    }

    private void acceptance(Set<String> sent, Set<String> acceptedByClient) {
        report(
                "LOST: delivered (a 2xx or a Kafka acknowledgement) but not in accepted_event",
                acceptedByClient,
                id -> !ledger.acceptedEvents().contains(id));
        report("in accepted_event but never sent by the stream", ledger.acceptedEvents(), id -> !sent.contains(id));
    }

    private void jobs() {
        report(
                "accepted without a job",
                ledger.acceptedEvents(),
                id -> !ledger.jobStatesByEvent().containsKey(id));
        report(
                "more than one job",
                ledger.jobStatesByEvent().keySet(),
                id -> ledger.jobStatesByEvent().get(id).contains(","));
        report(
                "job not done",
                ledger.jobStatesByEvent().keySet(),
                id -> !ledger.jobStatesByEvent().get(id).equals("done"));
    }

    private void runs(String name, String integrationId, CountingCrm crm) {
        Map<String, String> statuses = ledger.runStatuses().entrySet().stream()
                .filter(run -> run.getKey().integrationId().equals(integrationId))
                .collect(Collectors.toMap(run -> run.getKey().eventId(), Map.Entry::getValue));
        Set<String> accepted = ledger.acceptedEvents();
        report(name + ": NO integration_run row", accepted, id -> !statuses.containsKey(id));
        report(
                name + ": DUPLICATED integration_run rows",
                statuses.keySet(),
                id -> statuses.get(id).contains(","));
        report(
                name + ": integration_run for an event not in accepted_event",
                statuses.keySet(),
                id -> !accepted.contains(id));
        report(
                name + ": run not succeeded",
                statuses.keySet(),
                id -> !statuses.get(id).equals("succeeded"));
        report(
                name + ": attached data missing or wrong",
                accepted,
                id -> !CountingCrm.nameFor(name, id)
                        .equals(ledger.attachedDataByConversation()
                                .getOrDefault(EventStream.conversationOf(id), MissingNode.getInstance())
                                .path(name)
                                .asText(null)));
        report(name + ": CRM never called", accepted, id -> crm.calls(name, id) == 0);
    }

    private void report(String problem, Collection<String> eventIds, Predicate<String> affected) {
        TreeSet<String> ids = eventIds.stream().filter(affected).collect(Collectors.toCollection(TreeSet::new));
        if (!ids.isEmpty()) {
            String shown = ids.stream().limit(IDS_SHOWN).collect(Collectors.joining(", "));
            problems.add(problem + " (" + ids.size() + " event(s)): " + shown + (ids.size() > IDS_SHOWN ? ", …" : ""));
        }
    }
}
