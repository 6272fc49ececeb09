package io.cadbridge.adapters.http;

import io.cadbridge.spi.VendorAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the vendor adapters: the built-in ones with {@link ServiceLoader} on the service's class path,
 * and in each subdirectory of the plugins directory, with a {@link PluginClassLoader} over that
 * directory's jars. A directory without a jar or without a provider stops start-up naming it; each
 * jar's SHA-256 is logged, so what runs can be checked.
 */
final class PluginDirectories {

    private static final Logger LOG = LoggerFactory.getLogger(PluginDirectories.class);

    private PluginDirectories() {}

    /** @throws IllegalStateException naming the directory that cannot be loaded */
    static Map<VendorAdapter, String> adapters(Optional<Path> pluginsDirectory) {
        Map<VendorAdapter, String> found = new LinkedHashMap<>();
        ClassLoader host = VendorAdapter.class.getClassLoader();
        ServiceLoader.load(VendorAdapter.class, PluginDirectories.class.getClassLoader())
                .forEach(adapter -> found.put(adapter, VendorRegistry.BUILT_IN));
        if (pluginsDirectory.isEmpty()) {
            return found;
        }
        Path root = pluginsDirectory.get();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(
                    "plugin directory " + root + " (CADBRIDGE_PLUGINS_DIR) does not exist or is not a directory");
        }
        for (Path directory : list(root, Files::isDirectory)) {
            List<Path> jars =
                    list(directory, path -> path.getFileName().toString().endsWith(".jar"));
            if (jars.isEmpty()) {
                throw new IllegalStateException("plugin directory " + directory + " has no .jar file");
            }
            URL[] urls = jars.stream().map(PluginDirectories::url).toArray(URL[]::new);
            jars.forEach(jar -> LOG.info("vendor plugin jar {} sha256 {}", jar, sha256(jar)));
            PluginClassLoader loader =
                    new PluginClassLoader(directory.getFileName().toString(), urls, host);
            List<VendorAdapter> providers;
            try {
                providers = ServiceLoader.load(VendorAdapter.class, loader).stream()
                        .map(ServiceLoader.Provider::get)
                        .toList();
            } catch (ServiceConfigurationError | LinkageError e) {
                throw new IllegalStateException(
                        "plugin directory " + directory + ": its vendor adapter cannot be loaded: " + e.getMessage(),
                        e);
            }
            if (providers.isEmpty()) {
                throw new IllegalStateException("plugin directory " + directory
                        + " has no vendor adapter: none of its jars lists one in META-INF/services/"
                        + VendorAdapter.class.getName());
            }
            providers.forEach(adapter -> found.put(adapter, "plugin directory " + directory));
        }
        return found;
    }

    private static List<Path> list(Path directory, Predicate<Path> filter) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(filter).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin directory " + directory, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("plugin jar " + jar + " has no URL", e);
        }
    }

    private static String sha256(Path jar) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the plugin jar " + jar, e);
        }
    }
}
