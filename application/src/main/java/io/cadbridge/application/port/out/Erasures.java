package io.cadbridge.application.port.out;

import io.cadbridge.domain.erasure.ErasureCriterion;
import java.time.Instant;

/** Erasing personal data on request (GDPR), everywhere it is kept, in one transaction. */
public interface Erasures {

    /**
     * Erases the matching conversations: their live and saved attached data, their record, the
     * stored payloads of their events (the event ids stay, so a redelivery is still a duplicate),
     * their pending work, and the reasons of their runs. Leaves an audit record that holds no
     * personal data: when, which kind of criterion, how many conversations.
     *
     * @return how many conversations were erased
     */
    int erase(ErasureCriterion criterion, Instant at);
}
