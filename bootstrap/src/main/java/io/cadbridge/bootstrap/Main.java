package io.cadbridge.bootstrap;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts cadbridge: {@code java -jar cadbridge.jar [--demo]}. Configuration comes from the environment. */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.stream().anyMatch(arg -> !arg.equals("--demo"))) {
            System.out.println(
                    "usage: cadbridge run [--demo]   (settings: see README, CADBRIDGE_* environment variables)");
            System.exit(arguments.contains("--help") ? 0 : 2);
        }
        boolean demo = arguments.contains("--demo");
        ServiceSettings settings;
        try {
            settings = ServiceSettings.fromEnvironment(System.getenv());
        } catch (SettingsException e) {
            cannotStart(System.err, e);
            return;
        }
        // With JSON logs, what the service prints is logged, so that every line of its output is JSON.
        PrintStream console = settings.logFormat().console();
        CadbridgeService service;
        try {
            service = CadbridgeService.start(settings, demo, console);
            console.println("cadbridge is listening on http://localhost:" + service.apiPort() + "  (data: "
                    + settings.dataDirectory() + ")");
            console.println("The console: http://localhost:" + service.apiPort()
                    + "/console  (sign in with an administrator token, such as the one in "
                    + settings.dataDirectory().resolve("api-token") + " when it was generated)");
        } catch (SettingsException e) {
            cannotStart(settings.logFormat().errors(), e);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            service.close();
                            stopped.countDown();
                        },
                        "cadbridge-shutdown"));
        stopped.await();
    }

    private static void cannotStart(PrintStream errors, SettingsException e) {
        errors.println("cadbridge cannot start: " + e.getMessage());
        System.exit(2);
    }
}
