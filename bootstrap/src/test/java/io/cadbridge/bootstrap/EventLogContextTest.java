package io.cadbridge.bootstrap;

import static io.cadbridge.domain.testing.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.cadbridge.application.fakes.InMemoryWorld;
import io.cadbridge.application.port.in.ProcessEventUseCase.ProcessEventCommand;
import io.cadbridge.application.port.out.CrmCallException;
import io.cadbridge.domain.integration.Integration;
import io.cadbridge.domain.integration.IntegrationDraft;
import io.cadbridge.domain.integration.IntegrationId;
import io.cadbridge.domain.integration.Secrets;
import io.cadbridge.domain.testing.Seed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The event's ids on the lines logged about it (ADR 0027), where the logging is wired: the engine on
 * in-memory ports logs through {@code System.Logger}, routed to logback as in the service. The
 * in-memory world runs jobs on the test's thread, so that thread must be left as it was found.
 */
class EventLogContextTest {

    private record Line(String logger, Level level, String message, Map<String, String> mdc) {}

    private final InMemoryWorld world = new InMemoryWorld(Clock.systemUTC());
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            // The MDC is read now, on the logging thread; logback would read it lazily on the reader's.
            lines.add(new Line(
                    event.getLoggerName(), event.getLevel(), event.getFormattedMessage(), event.getMDCPropertyMap()));
        }
    };

    @BeforeEach
    void captureLines() {
        capture.start();
        root.addAppender(capture);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(capture);
    }

    @Test
    void aStepRunAfterTheAnswerLogsTheEventConversationJobAndIntegration() {
        Integration integration = Seed.integration("https://crm.example/customers");
        world.integrations.save(integration);
        world.crm.fail(new CrmCallException(CrmCallException.Kind.CONNECTION, "crm.example refused the connection"));

        world.processEvent().process(new ProcessEventCommand(Seed.inboundCallReceived("e-later", "c-later")));
        world.runBackgroundWork();

        assertThat(failureLines())
                .singleElement()
                .satisfies(line -> assertThat(line.mdc())
                        .containsEntry("eventId", "e-later")
                        .containsEntry("conversationId", "c-later")
                        .containsEntry("integrationId", integration.id().toString())
                        .containsKey("jobId"));
        assertThat(MDC.getCopyOfContextMap())
                .as("left on the thread that ran the job")
                .isNullOrEmpty();
    }

    @Test
    void aStepTheAnswerWaitsForLogsTheSameIdsOnTheAcceptingThreadAndLeavesItClean() {
        Integration integration = blocking();
        world.integrations.save(integration);
        world.crm.fail(new CrmCallException(CrmCallException.Kind.TIMEOUT, "no answer from crm.example within 10 s"));

        world.processEvent().process(new ProcessEventCommand(Seed.inboundCallReceived("e-now", "c-now")));

        assertThat(failureLines())
                .singleElement()
                .satisfies(line -> assertThat(line.mdc())
                        .containsEntry("eventId", "e-now")
                        .containsEntry("conversationId", "c-now")
                        .containsEntry("integrationId", integration.id().toString())
                        .containsKey("jobId"));
        assertThat(MDC.getCopyOfContextMap()).as("left on the accepting thread").isNullOrEmpty();
    }

    @Test
    void aContextOpenedInsideAnotherLeavesTheOuterOneAsItWas() {
        world.runBackgroundWorkImmediately();
        world.integrations.save(Seed.integration("https://crm.example/customers"));
        world.crm.fail(new CrmCallException(CrmCallException.Kind.CONNECTION, "crm.example refused the connection"));
        MDC.put("eventId", "outer");
        try {
            world.processEvent().process(new ProcessEventCommand(Seed.inboundCallReceived("e-inner", "c-inner")));

            assertThat(failureLines())
                    .singleElement()
                    .satisfies(line -> assertThat(line.mdc()).containsEntry("eventId", "e-inner"));
            assertThat(MDC.getCopyOfContextMap()).as("what was there before").isEqualTo(Map.of("eventId", "outer"));
        } finally {
            MDC.clear();
        }
    }

    private List<Line> failureLines() {
        return lines.stream()
                .filter(line -> line.logger().endsWith(".IntegrationRunner") && line.level() == Level.WARN)
                .toList();
    }

    private static Integration blocking() {
        IntegrationDraft seed = Seed.draft("https://crm.example/customers");
        return new IntegrationDraft(
                        "blocking lookup",
                        "",
                        seed.channelType(),
                        seed.endpointUrl(),
                        1,
                        seed.direction(),
                        seed.events(),
                        seed.scope(),
                        true,
                        obj("request", obj("method", "GET", "block", true), "response", obj("save", obj("ok", true))))
                .compile(IntegrationId.random(), Secrets.NONE);
    }
}
