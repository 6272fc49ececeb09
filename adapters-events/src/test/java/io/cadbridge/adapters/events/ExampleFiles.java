package io.cadbridge.adapters.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The documented Contact Pro examples as integration resources, in {@code src/test/resources/examples}. */
final class ExampleFiles {

    static final String EX1 = "ex1-fetch-customer.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExampleFiles() {}

    static ObjectNode read(String name) {
        try (InputStream in = ExampleFiles.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new AssertionError("no example " + name);
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names in the examples folder, sorted; the folder may sit in the domain's test jar. */
    static List<String> names() {
        try {
            URI folder = ExampleFiles.class.getResource("/examples").toURI();
            if (folder.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
                    return list(jar.provider().getPath(folder));
                }
            }
            return list(Path.of(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString().replace("/", ""))
                    .sorted()
                    .toList();
        }
    }
}
