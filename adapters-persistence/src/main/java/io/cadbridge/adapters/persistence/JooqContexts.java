package io.cadbridge.adapters.persistence;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** How the adapters talk to PostgreSQL. */
final class JooqContexts {

    private JooqContexts() {}

    static DSLContext postgres(DataSource dataSource) {
        // jOOQ's execute logging prints statements with their bind values inlined at DEBUG level,
        // which would put integration secrets (passwords, authentications) into the logs.
        Settings settings = new Settings().withExecuteLogging(false);
        DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES, settings);
        dsl.configuration().set(new StorageErrors());
        return dsl;
    }
}
