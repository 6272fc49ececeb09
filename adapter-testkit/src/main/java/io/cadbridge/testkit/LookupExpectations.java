package io.cadbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadbridge.json.JsonValue;
import java.util.function.Predicate;

/** What a found and a not-found lookup must show, read from the document and the saved attached data. */
final class LookupExpectations {

    private final Predicate<JsonValue> reportsFound;
    private final Predicate<JsonValue> reportsNotFound;

    LookupExpectations(Predicate<JsonValue> reportsFound, Predicate<JsonValue> reportsNotFound) {
        this.reportsFound = reportsFound;
        this.reportsNotFound = reportsNotFound;
    }

    /** Found {@code customerId}: the document says so, and the default save identifies that customer, not {@code decoyId}. */
    void found(HostRun run, String customerId, String decoyId) {
        assertThat(run.succeeded()).as("the lookup succeeded: %s", run).isTrue();
        assertThat(reportsFound.test(run.document()))
                .as("the document reports the customer found: %s", run.document().toJson())
                .isTrue();
        assertThat(JsonLeaves.texts(run.saved()))
                .as("the saved attached data names the customer %s: %s", customerId, run.saved().toJson())
                .contains(customerId)
                .doesNotContain(decoyId);
    }

    /** Nobody found: the document says so, and nothing saved claims a customer. */
    void notFound(HostRun run, String... otherCustomerIds) {
        assertThat(run.succeeded()).as("a customer not found is still an answer: %s", run).isTrue();
        assertThat(reportsNotFound.test(run.document()))
                .as("the document reports no customer found: %s", run.document().toJson())
                .isTrue();
        assertThat(JsonLeaves.of(run.saved()))
                .as("attached data saved for nobody found holds only null, false, 0 or empty: %s", run.saved().toJson())
                .allMatch(JsonLeaves::claimsNothing);
        assertThat(JsonLeaves.texts(run.document()))
                .as("the document names none of the customers stored: %s", run.document().toJson())
                .doesNotContain(otherCustomerIds);
    }
}
