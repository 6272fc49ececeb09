package io.cadbridge.adapters.persistence;

import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.contract.DirectoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqDirectoryContractTest extends DirectoryContract {

    @RegisterExtension
    static final PostgresSchema DATABASE = new PostgresSchema();

    @Override
    protected Directory emptyDirectory() {
        DATABASE.dsl().execute("truncate directory_queue, directory_queue_address, directory_agent");
        return new JooqDirectory(DATABASE.dsl());
    }
}
