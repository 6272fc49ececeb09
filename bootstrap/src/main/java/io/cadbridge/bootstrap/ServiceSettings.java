package io.cadbridge.bootstrap;

import static java.util.Objects.requireNonNull;

import io.cadbridge.adapters.events.KafkaSettings;
import io.cadbridge.adapters.http.AllowedTargets;
import io.cadbridge.adapters.persistence.MasterKey;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.conversation.RetentionPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything the service is configured with, read from the environment. A bad value stops start-up
 * with a message naming the variable.
 */
public record ServiceSettings(
        int httpPort,
        Path dataDirectory,
        Optional<DatabaseSettings> externalDatabase,
        Optional<String> apiToken,
        int demoCrmPort,
        boolean allowPlainHttp,
        int maxInFlight,
        Map<String, String> proxyEnvironment,
        LateUpdates lateUpdates,
        RetentionPolicy retention,
        AllowedTargets allowedTargets,
        KeySettings keys,
        LogFormat logFormat,
        WebSettings web,
        Optional<KafkaSettings> kafka,
        Optional<Path> pluginsDirectory) {

    public static final int MIN_TOKEN_LENGTH = 16;
    /** Integration runs one process works on at once (each a virtual thread, most of them waiting for a CRM). */
    public static final int DEFAULT_MAX_IN_FLIGHT = 4096;
    /** What the CRM client's {@code "proxy": "auto"} reads; the rest of the environment stays out of the object graph. */
    static final List<String> PROXY_VARIABLES =
            List.of("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY");
    /** The user-info part of a proxy URL, {@code http://user:password@host} or {@code user:password@host}, up to the last {@code @}. */
    private static final Pattern CREDENTIALS = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)?.*@");

    public ServiceSettings(
            int httpPort,
            Path dataDirectory,
            Optional<DatabaseSettings> externalDatabase,
            Optional<String> apiToken,
            int demoCrmPort,
            boolean allowPlainHttp) {
        this(httpPort, dataDirectory, externalDatabase, apiToken, demoCrmPort, allowPlainHttp, DEFAULT_MAX_IN_FLIGHT);
    }

    /** Without proxy variables: {@code "proxy": "auto"} falls back to the JVM's proxy settings. */
    public ServiceSettings(
            int httpPort,
            Path dataDirectory,
            Optional<DatabaseSettings> externalDatabase,
            Optional<String> apiToken,
            int demoCrmPort,
            boolean allowPlainHttp,
            int maxInFlight) {
        this(httpPort, dataDirectory, externalDatabase, apiToken, demoCrmPort, allowPlainHttp, maxInFlight, Map.of());
    }

    /** With the default rules after a conversation is closed. */
    public ServiceSettings(
            int httpPort,
            Path dataDirectory,
            Optional<DatabaseSettings> externalDatabase,
            Optional<String> apiToken,
            int demoCrmPort,
            boolean allowPlainHttp,
            int maxInFlight,
            Map<String, String> proxyEnvironment) {
        this(
                httpPort,
                dataDirectory,
                externalDatabase,
                apiToken,
                demoCrmPort,
                allowPlainHttp,
                maxInFlight,
                proxyEnvironment,
                LateUpdates.DEFAULT,
                RetentionPolicy.DEFAULT,
                AllowedTargets.NONE,
                KeySettings.NONE,
                LogFormat.TEXT,
                WebSettings.DEFAULT,
                Optional.empty(),
                Optional.empty());
    }

    public ServiceSettings {
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(externalDatabase, "externalDatabase is null");
        requireNonNull(apiToken, "apiToken is null");
        proxyEnvironment = Map.copyOf(requireNonNull(proxyEnvironment, "proxyEnvironment is null"));
        requireNonNull(lateUpdates, "lateUpdates is null");
        requireNonNull(retention, "retention is null");
        requireNonNull(allowedTargets, "allowedTargets is null");
        requireNonNull(keys, "keys is null");
        requireNonNull(logFormat, "logFormat is null");
        requireNonNull(web, "web is null");
        requireNonNull(kafka, "kafka is null");
        requireNonNull(pluginsDirectory, "pluginsDirectory is null");
    }

    /** The same, letting the CRM client reach {@code targets} too (the tests' CRMs on this machine). */
    public ServiceSettings withAllowedTargets(AllowedTargets targets) {
        return with(targets, web, kafka);
    }

    /** The same, with other agent-view settings (a short link lifetime, in tests). */
    public ServiceSettings withWeb(WebSettings settings) {
        return with(allowedTargets, settings, kafka);
    }

    /** The same, reading events from Kafka too. */
    public ServiceSettings withKafka(KafkaSettings settings) {
        return with(allowedTargets, web, Optional.of(settings));
    }

    /** The same, with vendor adapter plugins from {@code directory}. */
    public ServiceSettings withPluginsDirectory(Path directory) {
        return new ServiceSettings(
                httpPort,
                dataDirectory,
                externalDatabase,
                apiToken,
                demoCrmPort,
                allowPlainHttp,
                maxInFlight,
                proxyEnvironment,
                lateUpdates,
                retention,
                allowedTargets,
                keys,
                logFormat,
                web,
                kafka,
                Optional.of(directory));
    }

    /** A copy that differs in what the tests change; every other setting is this one's. */
    private ServiceSettings with(
            AllowedTargets targets, WebSettings webSettings, Optional<KafkaSettings> kafkaSettings) {
        return new ServiceSettings(
                httpPort,
                dataDirectory,
                externalDatabase,
                apiToken,
                demoCrmPort,
                allowPlainHttp,
                maxInFlight,
                proxyEnvironment,
                lateUpdates,
                retention,
                targets,
                keys,
                logFormat,
                webSettings,
                kafkaSettings,
                pluginsDirectory);
    }

    public static ServiceSettings fromEnvironment(Map<String, String> environment) {
        EnvironmentReader env = new EnvironmentReader(environment);
        int httpPort = env.port("CADBRIDGE_HTTP_PORT", 8080);
        Path dataDirectory = Path.of(env.text("CADBRIDGE_DATA_DIR").orElse("./data"))
                .toAbsolutePath()
                .normalize();
        Optional<DatabaseSettings> database = env.database();
        Optional<String> token = env.text("CADBRIDGE_API_TOKEN").map(ServiceSettings::checkedToken);
        int demoCrmPort = env.port("CADBRIDGE_DEMO_CRM_PORT", 8081);
        boolean allowPlainHttp = env.flag("CADBRIDGE_ALLOW_HTTP", false);
        int maxInFlight = env.number("CADBRIDGE_MAX_IN_FLIGHT", DEFAULT_MAX_IN_FLIGHT, 1, 100_000, "a number of runs");
        LateUpdates lateUpdates = new LateUpdates(
                env.duration("CADBRIDGE_UNSAVED_KEYS_GRACE", LateUpdates.DEFAULT.unsavedKeysGrace()),
                env.duration("CADBRIDGE_LATE_UPDATE_WINDOW", LateUpdates.DEFAULT.lateUpdateWindow()));
        RetentionPolicy retention = new RetentionPolicy(
                env.positiveDuration("CADBRIDGE_HISTORY_RETENTION", RetentionPolicy.DEFAULT.history()),
                env.positiveDuration("CADBRIDGE_OPERATIONAL_RETENTION", RetentionPolicy.DEFAULT.operational()),
                env.positiveDuration("CADBRIDGE_RETENTION_INTERVAL", RetentionPolicy.DEFAULT.interval()));
        return new ServiceSettings(
                httpPort,
                dataDirectory,
                database,
                token,
                demoCrmPort,
                allowPlainHttp,
                maxInFlight,
                proxyVariables(environment),
                lateUpdates,
                retention,
                allowedTargets(env),
                new KeySettings(
                        masterKey(env, "CADBRIDGE_MASTER_KEY"), masterKey(env, "CADBRIDGE_PREVIOUS_MASTER_KEY")),
                LogFormat.fromEnvironment(env),
                WebSettings.fromEnvironment(env),
                KafkaEnvironment.read(env),
                env.text("CADBRIDGE_PLUGINS_DIR")
                        .map(dir -> Path.of(dir).toAbsolutePath().normalize()));
    }

    /** A master key from the environment; an error names the variable, never its value. */
    private static Optional<MasterKey> masterKey(EnvironmentReader env, String name) {
        return env.text(name).map(text -> {
            try {
                return MasterKey.parse(text);
            } catch (IllegalArgumentException e) {
                throw new SettingsException(name + ": " + e.getMessage());
            }
        });
    }

    private static AllowedTargets allowedTargets(EnvironmentReader env) {
        return env.text("CADBRIDGE_ALLOWED_TARGETS")
                .map(text -> {
                    try {
                        return AllowedTargets.parse(text);
                    } catch (IllegalArgumentException e) {
                        throw new SettingsException("CADBRIDGE_ALLOWED_TARGETS: " + e.getMessage());
                    }
                })
                .orElse(AllowedTargets.NONE);
    }

    private static Map<String, String> proxyVariables(Map<String, String> environment) {
        return PROXY_VARIABLES.stream()
                .filter(name -> environment.get(name) != null)
                .collect(Collectors.toUnmodifiableMap(name -> name, environment::get));
    }

    private static String checkedToken(String token) {
        if (token.length() < MIN_TOKEN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
            throw new SettingsException("CADBRIDGE_API_TOKEN must be at least " + MIN_TOKEN_LENGTH
                    + " characters without spaces (or unset, to have one generated)");
        }
        return token;
    }

    @Override
    public String toString() {
        return "ServiceSettings[httpPort=" + httpPort + ", dataDirectory=" + dataDirectory + ", externalDatabase="
                + externalDatabase + ", apiToken=" + apiToken.map(t -> "****").orElse("generated") + ", allowPlainHttp="
                + allowPlainHttp
                + ", maxInFlight=" + maxInFlight + ", proxyEnvironment=" + withoutCredentials(proxyEnvironment)
                + ", lateUpdates=" + lateUpdates + ", retention=" + retention + ", allowedTargets=" + allowedTargets
                + ", keys=" + keys + ", logFormat=" + logFormat.wireName() + ", web=" + web + ", kafka="
                + kafka.map(Object::toString).orElse("off") + ", pluginsDirectory="
                + pluginsDirectory.map(Path::toString).orElse("none") + "]";
    }

    /** A proxy URL may carry a user and password; logging the settings must not leak them. */
    private static Map<String, String> withoutCredentials(Map<String, String> variables) {
        return new TreeMap<>(variables.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        variable -> CREDENTIALS.matcher(variable.getValue()).replaceFirst("$1****@"))));
    }
}
