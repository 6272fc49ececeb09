package io.cadbridge.adapters.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cadbridge.adapters.events.IntegrationSchema.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the schema says about {@code configuration.request}, starting from the seed example (EX1). */
class RequestSchemaTest {

    private final ObjectNode integration = ExampleFiles.read(ExampleFiles.EX1);
    private final ObjectNode request = integration.withObject("/configuration/request");

    @Test
    void aMisspeltFieldIsUnknownWhereItStands() {
        request.set("metod", request.remove("method"));

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactlyInAnyOrder(
                        tuple("/configuration/request/metod", "additionalProperties"),
                        tuple("/configuration/request/method", "required"));
    }

    @Test
    void aGetRequestHasNoBody() {
        request.putObject("body").put("contact", "{contact}");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactly("/configuration/request/body");
    }

    @Test
    void aDeleteRequestHasNoBodyButPatchHas() {
        request.putObject("body").put("contact", "{contact}");

        request.put("method", "DELETE");
        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactly("/configuration/request/body");
        request.put("method", "PATCH");
        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void anUnknownMethodIsRefused() {
        request.put("method", "FETCH");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer, Problem::keyword)
                .containsExactly(tuple("/configuration/request/method", "enum"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 301, -1, 300.001})
    void aTimeoutOutsideZeroToThreeHundredSecondsIsRefused(double seconds) {
        request.put("timeout", seconds);

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactly("/configuration/request/timeout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "301", "0.0", "300.5", "ten", "", "1e2"})
    void aTimeoutTextThatIsNotSuchANumberIsRefused(String seconds) {
        request.put("timeout", seconds);

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactly("/configuration/request/timeout");
    }

    @ParameterizedTest
    @ValueSource(strings = {"14.5", "0.5", ".25", "1", "10", "299.99", "300", "300.0"})
    void aTimeoutMayBeTextHoldingSecondsFromAboveZeroToThreeHundred(String seconds) {
        request.put("timeout", seconds);

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void aTimeoutMayBeAFractionalNumberUpToThreeHundred() {
        request.put("timeout", 14.5);
        assertThat(IntegrationSchema.validate(integration)).isEmpty();
        request.put("timeout", 300);
        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto", "no", "http://proxy.example.com:3128", "proxy.example.com:3128", "10.0.0.1:8080"})
    void theProxyIsAutoNoOrAnAddressWithAPort(String proxy) {
        request.put("proxy", proxy);

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "Auto", "http://proxy.example.com", "ftp://proxy.example.com:21", ""})
    void anyOtherProxyIsRefused(String proxy) {
        request.put("proxy", proxy);

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsOnly("/configuration/request/proxy");
    }

    @Test
    void theOtherDocumentedRequestFieldsAreAccepted() {
        request.put("condition", "contact.get_priority() <= 50")
                .put("block", true)
                .put("verify", false)
                .put("delay", 5)
                .put("delayMax", 10.5);

        assertThat(IntegrationSchema.validate(integration)).isEmpty();
    }

    @Test
    void delaysAreNonNegativeNumbersAndFlagsAreBooleans() {
        request.put("delay", -1).put("delayMax", "10").put("block", "yes").put("verify", 1);

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactlyInAnyOrder(
                        "/configuration/request/delay", "/configuration/request/delayMax",
                        "/configuration/request/block", "/configuration/request/verify");
    }

    @Test
    void headerAndParameterValuesAreText() {
        request.withObject("/headers").put("X-Count", 3);
        request.withObject("/params").putObject("nested");

        assertThat(IntegrationSchema.validate(integration))
                .extracting(Problem::pointer)
                .containsExactlyInAnyOrder(
                        "/configuration/request/headers/X-Count", "/configuration/request/params/nested");
    }
}
