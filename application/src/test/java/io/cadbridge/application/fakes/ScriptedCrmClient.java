package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.application.port.out.CrmClient;
import io.cadbridge.domain.exchange.CrmResponse;
import io.cadbridge.domain.exchange.OutboundRequest;
import io.cadbridge.domain.integration.IntegrationId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A CRM that answers from a script and remembers every request it was sent. */
public final class ScriptedCrmClient implements CrmClient {

    /** One scripted answer: a response or a failure. */
    public sealed interface Answer {
        record Respond(CrmResponse response) implements Answer {}

        record Fail(CrmCallException failure) implements Answer {}
    }

    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<OutboundRequest> requests = new ArrayList<>();

    public synchronized ScriptedCrmClient respond(CrmResponse response) {
        answers.add(new Answer.Respond(response));
        return this;
    }

    public synchronized ScriptedCrmClient fail(CrmCallException failure) {
        answers.add(new Answer.Fail(failure));
        return this;
    }

    public synchronized List<OutboundRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public synchronized CrmResponse send(IntegrationId integration, OutboundRequest request) throws CrmCallException {
        requests.add(request);
        Answer answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("the CRM received a request nobody scripted an answer for: " + request);
        }
        return switch (answer) {
            case Answer.Respond respond -> respond.response();
            case Answer.Fail fail -> throw fail.failure();
        };
    }
}
