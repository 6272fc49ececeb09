package io.cadbridge.persistence.codegen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;

/**
 * Build-time tool: generates the jOOQ classes from the schema the Flyway migrations really create,
 * so the generated types (jsonb, uuid, arrays, timestamptz) are exactly PostgreSQL's.
 *
 * <p>Arguments: the migrations directory, the output directory, the package name.
 */
public final class GenerateJooqCode {

    private GenerateJooqCode() {}

    public static void main(String[] arguments) throws Exception {
        if (arguments.length != 3) {
            throw new IllegalArgumentException(
                    "usage: GenerateJooqCode <migrations directory> <output directory> <package>");
        }
        Path migrations = Path.of(arguments[0]).toAbsolutePath();
        Path output = Path.of(arguments[1]).toAbsolutePath();
        if (!Files.isDirectory(migrations)) {
            throw new IllegalArgumentException("no migrations directory at " + migrations);
        }
        long started = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations)
                    .load()
                    .migrate();
            GenerationTool.generate(
                    JooqGeneratorConfiguration.of(postgres.getJdbcUrl("postgres", "postgres"), output, arguments[2]));
        }
        System.out.printf(
                "jOOQ classes for %s generated into %s in %d ms%n",
                migrations, output, (System.nanoTime() - started) / 1_000_000);
    }
}
