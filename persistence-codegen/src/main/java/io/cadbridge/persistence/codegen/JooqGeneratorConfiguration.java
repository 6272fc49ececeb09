package io.cadbridge.persistence.codegen;

import java.nio.file.Path;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/** What jOOQ generates, and from where. */
final class JooqGeneratorConfiguration {

    private JooqGeneratorConfiguration() {}

    static Configuration of(String jdbcUrl, Path output, String packageName) {
        Database database = new Database()
                .withName("org.jooq.meta.postgres.PostgresDatabase")
                .withInputSchema("public")
                // Generated code names no schema, so the application can live in any schema
                // (its search_path) and each test class can use a fresh one.
                .withOutputSchemaToDefault(true)
                .withIncludes(".*")
                .withExcludes("flyway_schema_history");
        Generate generate =
                new Generate().withJavaTimeTypes(true).withDeprecated(false).withGeneratedAnnotation(false);
        return new Configuration()
                .withLogging(Logging.WARN)
                .withJdbc(new Jdbc()
                        .withDriver("org.postgresql.Driver")
                        .withUrl(jdbcUrl)
                        .withUser("postgres"))
                .withGenerator(new Generator()
                        .withDatabase(database)
                        .withGenerate(generate)
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(output.toString())
                                .withClean(true)));
    }
}
