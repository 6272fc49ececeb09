package io.cadbridge.application.fakes;

import io.cadbridge.application.port.out.Directory;
import io.cadbridge.application.port.out.contract.DirectoryContract;

class InMemoryDirectoryTest extends DirectoryContract {

    @Override
    protected Directory emptyDirectory() {
        return new InMemoryDirectory();
    }
}
